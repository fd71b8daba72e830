using System.Text;
using System.Text.Json;

namespace CategoryMatch.Tests.Api;

public sealed class AuditApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task AuditingJsonEntriesAnswersAVerdictPerEntryInInputOrder()
    {
        var (status, body) = await api.PostJsonAsync("/api/audit", new
        {
            entries = new[]
            {
                new { id = "a", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14" },
                new { id = "b", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:13" },
            },
        });

        Assert.Equal(200, status);
        var results = body.GetProperty("results");
        Assert.Equal(["a", "b"], results.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("redirect", results[0].GetProperty("verdict").GetString());
        Assert.Equal("ru-cca:13", results[0].GetProperty("suggestedCategory").GetString());
        Assert.Equal("ok", results[1].GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("suggestedCategory").ValueKind);
        Assert.False(string.IsNullOrEmpty(results[1].GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task ACsvWithAMalformedRowReportsItsLineAndStillJudgesTheOthers()
    {
        var csv = "\uFEFFid,program,filedCategory,text\n" +
                  $"1,ru-cca,ru-cca:14,\"{VoiceBot}\nВторая строка текста.\"\n" +
                  "2,ru-cca,ru-cca:13,a \"stray\" quote\n" +
                  "3,ru-cca,ru-cca:99,unknown category\n" +
                  $"4,ru-cca,ru-cca:13,\"{VoiceBot}\"\n";

        var (status, _, text) = await api.PostBytesAsync("/api/audit", Utf8(csv), "text/csv");

        Assert.Equal(200, status);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal([(2, "1"), (6, "4")], body.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("id").GetString()!)));
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([4, 5], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Contains("Line 4", errors[0].GetProperty("message").GetString());
        Assert.Equal("filedCategory", errors[1].GetProperty("field").GetString());
    }

    [Fact]
    public async Task AskingForCsvAnswersVerdictsAsCsvWithErrorsInPlace()
    {
        var csv = $"id,program,filedCategory,text\n1,ru-cca,ru-cca:14,\"{VoiceBot}\"\n2,ru-cca,,no category\n";

        var (status, contentType, text) = await api.PostBytesAsync("/api/audit", Utf8(csv), "text/csv", accept: "text/csv");

        Assert.Equal(200, status);
        Assert.Equal("text/csv", contentType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,id,filedCategory,verdict,suggestedCategory,confidence,reason", lines[0]);
        Assert.StartsWith("2,1,ru-cca:14,redirect,ru-cca:13,", lines[1]);
        Assert.StartsWith("3,2,,error,,,\"filedCategory:", lines[2]);
    }

    [Fact]
    public async Task ACsvWithoutTheFiledCategoryColumnIsA400NamingIt()
    {
        var (status, _, text) = await api.PostBytesAsync("/api/audit", Utf8("id,program,text\n1,ru-cca,chatbot\n"), "text/csv");

        Assert.Equal(400, status);
        Assert.Contains("lacks the column 'filedCategory'", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ACsvThatIsNotUtf8IsA400SayingSo()
    {
        var bytes = Utf8("id,program,filedCategory,text\n1,ru-cca,ru-cca:13,").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();

        var (status, _, text) = await api.PostBytesAsync("/api/audit", bytes, "text/csv");

        Assert.Equal(400, status);
        Assert.Contains("not valid UTF-8", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MoreThanTenThousandEntriesIsA400NamingTheLimit()
    {
        var entries = Enumerable.Range(0, 10_001).Select(i => new { id = $"{i}", text = "x", filedCategory = "ru-cca:13" });

        var (status, body) = await api.PostJsonAsync("/api/audit", new { entries });

        Assert.Equal(400, status);
        Assert.Equal("At most 10000 entries are accepted per request; this one has 10001.", ProblemBody.OnlyError(body, "entries"));
    }

    [Fact]
    public async Task MoreThanTenThousandCsvRowsIsA400NamingTheLimit()
    {
        var csv = "id,program,filedCategory,text\n" + string.Concat(Enumerable.Range(0, 10_001).Select(i => $"{i},ru-cca,ru-cca:13,x\n"));

        var (status, _, text) = await api.PostBytesAsync("/api/audit", Utf8(csv), "text/csv");

        Assert.Equal(400, status);
        Assert.Contains("at most 10000", ProblemBody.OnlyError(JsonDocument.Parse(text).RootElement, "entries"));
    }

    [Fact]
    public async Task AnEmptyJsonBodyIsA400SayingItIsNotJson()
    {
        var (status, body) = await api.PostRawAsync("/api/audit", "");

        Assert.Equal(400, status);
        Assert.StartsWith("The body is not valid JSON: ", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("null", "A JSON body {\"entries\": [...]} is required.")]
    [InlineData("{}", "A JSON body {\"entries\": [...]} is required.")]
    [InlineData("{\"entries\": []}", "At least one entry is required.")]
    public async Task JsonWithoutEntriesIsA400NamingEntries(string json, string message)
    {
        var (status, body) = await api.PostRawAsync("/api/audit", json);

        Assert.Equal(400, status);
        Assert.Equal(message, ProblemBody.OnlyError(body, "entries"));
    }

    [Theory]
    [InlineData("{\"entries\": \"all of them\"}", "entries")]
    [InlineData("{\"entries\": [{\"text\": 42, \"filedCategory\": \"ru-cca:13\"}]}", "entries[0].text")]
    public async Task AJsonValueOfTheWrongTypeIsA400NamingItsPath(string json, string field)
    {
        var (status, body) = await api.PostRawAsync("/api/audit", json);

        Assert.Equal(400, status);
        Assert.Equal(field, ProblemBody.UnreadableField(body));
    }

    [Fact]
    public async Task NullEntriesAndMissingFieldsAreReportedWhileTheOthersAreJudged()
    {
        var json = $"{{\"entries\": [null, {{\"id\": \"b\", \"text\": null, \"filedCategory\": \"ru-cca:13\"}}, {{\"id\": \"c\", \"text\": \"{VoiceBot}\", \"filedCategory\": \"ru-cca:13\"}}]}}";

        var (status, body) = await api.PostRawAsync("/api/audit", json);

        Assert.Equal(200, status);
        Assert.Equal("c", body.GetProperty("results")[0].GetProperty("id").GetString());
        var errors = body.GetProperty("errors");
        Assert.Equal([0, 1], errors.EnumerateArray().Select(e => e.GetProperty("entry").GetInt32()));
        Assert.Equal("text", errors[1].GetProperty("field").GetString());
    }

    [Fact]
    public async Task PlainTextIsA415ProblemNamingTheAcceptedTypes()
    {
        var (status, _, text) = await api.PostBytesAsync("/api/audit", Utf8("id,text"), "text/plain");

        Assert.Equal(415, status);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(415, body.GetProperty("status").GetInt32());
        Assert.Contains("text/csv", body.GetProperty("detail").GetString());
    }
}
