using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Verdicts asked for as CSV are opened in a spreadsheet: an id or category that starts like a formula is
/// written with a single quote in front (OWASP's advice on CSV injection), so the cell shows it as text.
/// </summary>
public sealed class CsvInjectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";

    [Fact]
    public async Task FormulaLikeIdsSentAsJsonAreWrittenAsTextInTheVerdictsCsv()
    {
        var entries = SpreadsheetCells.FormulaIds.Select(id => new { id, text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14" }).ToArray();
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { entries });

        var (status, _, csv) = await api.PostBytesAsync("/api/audit", json, "application/json", accept: "text/csv");

        Assert.Equal(200, status);
        SpreadsheetCells.AssertNoFormula(csv);
        var ids = SpreadsheetCells.Read(csv).Skip(1).Select(r => r[1]);
        Assert.Equal(SpreadsheetCells.FormulaIds.Select(id => "'" + id), ids);   // the text kept, one quote in front
    }

    [Fact]
    public async Task FormulaLikeIdsAndCategoriesInACsvAreWrittenAsTextInTheVerdictsCsv()
    {
        var rows = SpreadsheetCells.FormulaIds.Select(id => $"{SpreadsheetCells.Quoted(id)},ru-cca,ru-cca:14,\"{VoiceBot}\"")
            .Append($"plain,ru-cca,{SpreadsheetCells.Quoted("=cmd|' /C calc'!A0")},\"{VoiceBot}\"")     // an unknown category, echoed in an error row
            .Append($"plain,ru-cca,{SpreadsheetCells.Quoted(" -ru-cca:14")},\"{VoiceBot}\"");
        var body = System.Text.Encoding.UTF8.GetBytes("id,program,filedCategory,text\n" + string.Join("\n", rows) + "\n");

        var (status, _, csv) = await api.PostBytesAsync("/api/audit", body, "text/csv", accept: "text/csv");

        Assert.Equal(200, status);
        SpreadsheetCells.AssertNoFormula(csv);
        var records = SpreadsheetCells.Read(csv).Skip(1).ToList();
        // Ids and categories from a CSV are trimmed when read, then protected.
        Assert.Equal(SpreadsheetCells.FormulaIds.Select(id => "'" + id.Trim()), records.Take(SpreadsheetCells.FormulaIds.Length).Select(r => r[1]));
        Assert.Equal(["'=cmd|' /C calc'!A0", "'-ru-cca:14"], records.Skip(SpreadsheetCells.FormulaIds.Length).Select(r => r[2]));
        Assert.All(records.Skip(SpreadsheetCells.FormulaIds.Length), r => Assert.Equal("error", r[3]));
    }

    [Fact]
    public async Task TheJsonAnswerKeepsIdsAsTheyWere()
    {
        var (status, body) = await api.PostJsonAsync("/api/audit", new { entries = new[] { new { id = "=1+1", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14" } } });

        Assert.Equal(200, status);
        Assert.Equal("=1+1", body.GetProperty("results")[0].GetProperty("id").GetString());   // JSON is data, not a spreadsheet
    }
}
