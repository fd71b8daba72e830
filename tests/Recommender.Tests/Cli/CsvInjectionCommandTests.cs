using System.CommandLine;
using CategoryMatch.Cli.Commands;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Cli;

/// <summary><c>categorymatch audit</c> and <c>batch</c> write CSV for a spreadsheet: ids that start like a formula are written as text.</summary>
public sealed class CsvInjectionCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("categorymatch-injection-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TheAuditWritesFormulaLikeIdsAndCategoriesAsText()
    {
        var input = await WriteEntriesAsync("id,program,filedCategory,text",
            SpreadsheetCells.FormulaIds.Select(id => $"{SpreadsheetCells.Quoted(id)},ru-cca,ru-cca:14,\"{SampleSummaries.RussianAiVoiceBot}\"")
                .Append($"plain,ru-cca,\"@ru-cca:14\",\"{SampleSummaries.RussianAiVoiceBot}\""));
        var output = Path.Combine(_folder, "verdicts.csv");

        var code = await new RootCommand { AuditCommand.Create() }.Parse(["audit", input, "-o", output, "--data", TestPaths.Data]).InvokeAsync();

        Assert.Equal(1, code);   // the unknown category '@ru-cca:14' is not judged
        var csv = await File.ReadAllTextAsync(output);
        SpreadsheetCells.AssertNoFormula(csv);
        var records = SpreadsheetCells.Read(csv).Skip(1).ToList();
        Assert.Equal(SpreadsheetCells.FormulaIds.Select(id => "'" + id.Trim()), records.Take(SpreadsheetCells.FormulaIds.Length).Select(r => r[1]));
        Assert.Equal("'@ru-cca:14", records[^1][2]);
    }

    [Fact]
    public async Task TheBatchRankingWritesFormulaLikeIdsAsText()
    {
        var input = await WriteEntriesAsync("id,program,text",
            SpreadsheetCells.FormulaIds.Select(id => $"{SpreadsheetCells.Quoted(id)},ru-cca,\"{SampleSummaries.RussianAiVoiceBot}\""));
        var output = Path.Combine(_folder, "ranked.csv");

        var code = await new RootCommand { BatchCommand.Create() }.Parse(["batch", input, "-o", output, "--top", "1", "--data", TestPaths.Data]).InvokeAsync();

        Assert.Equal(0, code);
        var csv = await File.ReadAllTextAsync(output);
        SpreadsheetCells.AssertNoFormula(csv);
        Assert.Equal(SpreadsheetCells.FormulaIds.Select(id => "'" + id.Trim()), SpreadsheetCells.Read(csv).Skip(1).Select(r => r[1]));
    }

    private async Task<string> WriteEntriesAsync(string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(_folder, "entries.csv");
        await File.WriteAllTextAsync(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }
}
