using CsvHelper;

namespace CategoryMatch.Core.Audit;

/// <summary>
/// Writes CSV that organisers open in a spreadsheet, safe from CSV injection: a text field that a
/// spreadsheet would run as a formula (one starting with <c>= + - @</c>, tab or CR) is written with a single
/// quote in front, as OWASP recommends, so the cell shows the text instead of running it. Every CSV the API
/// and the CLI write goes through here.
/// </summary>
public sealed class SpreadsheetCsvWriter : IAsyncDisposable
{
    // CsvHelper's own protection: the quote in front (and the field quoted) when the first character starts a formula.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly CsvWriter _csv;

    private SpreadsheetCsvWriter(CsvWriter csv) => _csv = csv;

    /// <summary>A writer of UTF-8 CSV (no BOM, CRLF line ends) to <paramref name="destination"/>, which it leaves open.</summary>
    public static SpreadsheetCsvWriter Create(Stream destination) => new(CsvWriter.Create(destination, Options, leaveOpen: true));

    /// <summary>Writes the header line.</summary>
    public void WriteHeader(string[] columns) => _csv.WriteHeader(columns);

    /// <summary>Writes one record; a null field is empty.</summary>
    public ValueTask WriteRecordAsync(string?[] fields, CancellationToken cancellationToken = default) =>
        _csv.WriteRecordAsync(Array.ConvertAll(fields, ProtectAfterWhitespace)!, cancellationToken);

    /// <summary>Writes what is buffered to the destination.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => _csv.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    /// <summary>
    /// <paramref name="value"/> with a single quote in front when a formula character follows leading spaces
    /// (<c>"  =1+1"</c>): CsvHelper looks at the first character only, and spreadsheets that trim the cell
    /// would still run it. Other values are returned as they are (CsvHelper protects those that start with one).
    /// </summary>
    public static string? ProtectAfterWhitespace(string? value)
    {
        if (value is not [var first, ..] || !char.IsWhiteSpace(first) || first is '\t' or '\r') return value;
        var rest = value.AsSpan().TrimStart();
        return rest.Length > 0 && Options.InjectionCharacters.Contains(rest[0]) ? "'" + value : value;
    }
}
