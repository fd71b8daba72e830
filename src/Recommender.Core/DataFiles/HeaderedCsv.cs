using System.Text.Unicode;
using CategoryMatch.Core.Audit;
using CsvHelper;

namespace CategoryMatch.Core.DataFiles;

/// <summary>
/// Reads organisers' CSV files: a header naming the columns (in any order, any case), RFC 4180 quoting
/// (fields may span lines), UTF-8 with or without BOM. A malformed row is reported with its line number
/// and the other rows are still read; no header, a missing required or repeated column, bytes that are not UTF-8 or
/// too many rows reject the whole file with <see cref="EntryCsvException"/>.
/// </summary>
public static class HeaderedCsv
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Every row in file order, its fields by column name (absent or empty fields are null), or the problem
    /// with the row. <paramref name="columns"/> are the columns the file is expected to have, in the order
    /// messages show them; those in <paramref name="optional"/> may be missing from the header.
    /// </summary>
    public static List<CsvRecord> Read(ReadOnlyMemory<byte> utf8, IReadOnlyList<string> columns, IReadOnlyCollection<string> optional, int maxRows = int.MaxValue)
    {
        if (utf8.Span.StartsWith(Bom)) utf8 = utf8[Bom.Length..];
        if (!Utf8.IsValid(utf8.Span))
            throw new EntryCsvException($"The CSV is not valid UTF-8 (near line {LineOfFirstInvalidByte(utf8.Span)}): save it as UTF-8.");

        var malformed = new List<CsvRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',', HasHeader = true, TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip, FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = m => malformed.Add(new((int)m.LineNumber, null, Describe(m))),
        };
        using var csv = CsvReader.Create(utf8, options);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header is [""])
            throw new EntryCsvException($"The CSV is empty: expected a header '{Expected(columns, optional)}'.");
        var index = FindColumns(header, columns, optional);

        var rows = new List<CsvRecord>();
        while (csv.Read())
        {
            if (rows.Count + malformed.Count >= maxRows) throw TooMany(maxRows);
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, i) in index) fields[name] = csv.GetString(i) is { Length: > 0 } v ? v : null;
            rows.Add(new((int)csv.LineNumber, fields, null));
        }
        if (rows.Count + malformed.Count > maxRows) throw TooMany(maxRows);
        return [.. rows.Concat(malformed).OrderBy(r => r.Line)];
    }

    private static EntryCsvException TooMany(int maxRows) =>
        new($"The CSV holds more than {maxRows} rows; at most {maxRows} are accepted per request.", maxRows);

    private static Dictionary<string, int> FindColumns(string[] header, IReadOnlyList<string> columns, IReadOnlyCollection<string> optional)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>();
        var missing = new List<string>();
        foreach (var column in columns)
        {
            var at = names.IndexOf(column.ToLowerInvariant());
            // Which of two 'text' columns is the text? Only the organiser knows, so ask rather than take the first.
            var positions = names.Select((n, i) => (n, i)).Where(p => p.n == column.ToLowerInvariant()).Select(p => p.i + 1).ToList();
            if (positions.Count > 1)
                throw new EntryCsvException(
                    $"The CSV header names the column '{column}' {(positions.Count == 2 ? "twice" : $"{positions.Count} times")} " +
                    $"(columns {string.Join(" and ", positions)} of '{string.Join(',', header)}'): keep one.");
            if (at >= 0) index[column] = at;
            else if (!optional.Contains(column)) missing.Add(column);
        }
        if (missing.Count > 0)
            throw new EntryCsvException(
                $"The CSV header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}: " +
                $"expected '{Expected(columns, optional)}', found '{string.Join(',', header)}'.");
        return index;
    }

    // The columns as messages show them: an optional one after the last column is shown in brackets.
    private static string Expected(IReadOnlyList<string> columns, IReadOnlyCollection<string> optional)
    {
        var trailing = columns.Reverse().TakeWhile(optional.Contains).Reverse().ToList();
        return string.Join(',', columns.Take(columns.Count - trailing.Count)) + string.Concat(trailing.Select(c => $"[,{c}]"));
    }

    private static string Describe(CsvMalformedRecord m) => $"Line {m.LineNumber} is malformed: " + m.Reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header's; quote texts that contain commas.",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quotes inside it.",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; double the quotes inside a quoted field.",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed, so the rest of the file was swallowed by it.",
        _ => $"{m.Reason}.",
    };

    private static int LineOfFirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        while (length < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[length..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            length += consumed;
        return utf8[..length].Count((byte)'\n') + 1;
    }
}
