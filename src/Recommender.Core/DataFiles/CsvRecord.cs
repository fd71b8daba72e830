namespace CategoryMatch.Core.DataFiles;

/// <summary>One data row of a headered CSV file: its fields by column name, or why it could not be read.</summary>
/// <param name="Line">The line the row starts on (the header is line 1).</param>
/// <param name="Fields">The row's fields by column name (null when empty), when it could be read.</param>
/// <param name="Problem">What is wrong with the row, when it could not.</param>
public sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string?>? Fields, string? Problem)
{
    /// <summary>The field of <paramref name="column"/>, null when the column or the value is absent.</summary>
    public string? this[string column] => Fields is not null && Fields.TryGetValue(column, out var v) ? v : null;
}
