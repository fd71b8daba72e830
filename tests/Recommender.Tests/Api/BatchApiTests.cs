namespace CategoryMatch.Tests.Api;

public sealed class BatchApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] Texts =
    [
        "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.",
        "We moved our whole contact centre to remote work in two weeks and kept service levels.",
        "Our bakery launched a new sourdough loaf.",
    ];

    [Fact]
    public async Task ABatchRanksEachEntryAsTheSingleEndpointDoesInInputOrder()
    {
        var entries = Texts.Select((t, i) => new { id = $"e{i}", text = t, program = "ru-cca" }).ToArray();

        var (status, body) = await api.PostJsonAsync("/api/recommendations/batch", new { entries, top = 3 });

        Assert.Equal(200, status);
        var results = body.GetProperty("results");
        Assert.Equal(entries.Select(e => e.id), results.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        for (var i = 0; i < entries.Length; i++)
        {
            var (_, single) = await api.PostJsonAsync("/api/recommendations", new { text = Texts[i], program = "ru-cca", top = 3 });
            Assert.Equal(single.GetProperty("results").ToString(), results[i].GetProperty("results").ToString());
            Assert.Equal(single.GetProperty("noMatch").GetBoolean(), results[i].GetProperty("noMatch").GetBoolean());
            Assert.Equal(single.GetProperty("language").GetString(), results[i].GetProperty("language").GetString());
        }
    }

    [Fact]
    public async Task MoreThanAThousandEntriesIsA400NamingTheLimit()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => new { id = $"{i}", text = "chatbot" });

        var (status, body) = await api.PostJsonAsync("/api/recommendations/batch", new { entries });

        Assert.Equal(400, status);
        Assert.Equal("At most 1000 entries are accepted per request; this one has 1001.", ProblemBody.OnlyError(body, "entries"));
    }

    [Fact]
    public async Task EveryWrongEntryIsNamedByItsIndex()
    {
        var json = "{\"entries\": [{\"id\": \"a\", \"text\": \"chatbot\"}, {\"id\": \"b\", \"text\": \"  \"}, null, {\"text\": \"x\", \"program\": \"zz\"}], \"top\": 0}";

        var (status, body) = await api.PostRawAsync("/api/recommendations/batch", json);

        Assert.Equal(400, status);
        Assert.Equal(["entries[1].text", "entries[2]", "entries[3].program", "top"], ProblemBody.Errors(body).Keys.Order());
    }

    [Theory]
    [InlineData("", "A JSON body")]
    [InlineData("{}", "A JSON body")]
    [InlineData("{\"entries\": []}", "At least one entry")]
    public async Task ABatchWithoutEntriesIsA400NamingEntries(string json, string message)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations/batch", json);

        Assert.Equal(400, status);
        Assert.StartsWith(message, ProblemBody.OnlyError(body, "entries"));
    }

    [Theory]
    [InlineData("{\"entries\": [{\"text\": \"chatbot\"}], \"top\": 1e99}", "top")]
    [InlineData("{\"entries\": {\"text\": \"chatbot\"}}", "entries")]
    [InlineData("{\"entries\": [{\"id\": \"a\", \"text\": 7}]}", "entries[0].text")]
    public async Task ABatchValueOfTheWrongTypeIsA400NamingItsPath(string json, string field)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations/batch", json);

        Assert.Equal(400, status);
        Assert.Equal(field, ProblemBody.UnreadableField(body));
    }
}
