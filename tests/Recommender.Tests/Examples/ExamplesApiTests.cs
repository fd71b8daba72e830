using System.Text.Json;
using CategoryMatch.Tests.Api;

namespace CategoryMatch.Tests.Examples;

public sealed class ExamplesApiTests
{
    private const string Url = "/api/programs/ru-cca/examples";
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";
    private const string Omnichannel = "Свели голос, WhatsApp, Telegram и email в одну карточку клиента: оператор видит всю историю обращений.";

    private static object Examples(params (string Id, string Category, string Text)[] examples) =>
        new { examples = examples.Select(e => new { id = e.Id, categoryId = e.Category, text = e.Text }).ToArray() };

    [Fact]
    public async Task PostingExamplesWithoutAKeyAnswers401ProblemDetailsAndStoresNothing()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.PostJsonAsync(Url, key: null, Examples(("a", "ru-cca:13", VoiceBot)));

        Assert.Equal(401, status);
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        Assert.Contains("Bearer", body.GetProperty("detail").GetString());
        var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task AnUnknownKeyAnswers401NamingTheProblemButNotTheKey()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.GetAsync(Url, "not-a-configured-key");

        Assert.Equal(401, status);
        Assert.Contains("not known", body.GetProperty("detail").GetString());
        Assert.DoesNotContain("not-a-configured-key", body.ToString());
    }

    [Fact]
    public async Task AKeyForAnotherProgrammeAnswers403ProblemDetailsOnEveryEndpoint()
    {
        await using var api = new OrganiserApiFactory();

        var post = await api.PostJsonAsync(Url, OrganiserKeys.LtIba, Examples(("a", "ru-cca:13", VoiceBot)));
        var list = await api.GetAsync(Url, OrganiserKeys.LtIba);
        var stats = await api.GetAsync($"{Url}/stats", OrganiserKeys.LtIba);
        var delete = await api.SendAsync(HttpMethod.Delete, $"{Url}/a", OrganiserKeys.LtIba);

        Assert.All([post, list, stats, delete], r => Assert.Equal(403, r.Status));
        Assert.Equal("The key of 'lt-iba organiser' covers lt-iba, not 'ru-cca'.", post.Body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AKeyForAProgrammeTheCatalogLacksAnswers404NamingTheKnownOnes()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.GetAsync("/api/programs/xx-gone/examples/stats", OrganiserKeys.Unknown);

        Assert.Equal(404, status);
        Assert.Contains("ru-cca", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PostingJsonExamplesAddsThemAndPostingTheSameIdAgainUpdatesIt()
    {
        await using var api = new OrganiserApiFactory();

        var (first, added) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(("a", "ru-cca:13", VoiceBot), ("b", "32", Omnichannel)));
        var (second, updated) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(("b", "ru-cca:33", Omnichannel), ("c", "ru-cca:13", VoiceBot + " Второй год.")));

        Assert.Equal((200, 2, 0), (first, added.GetProperty("added").GetInt32(), added.GetProperty("updated").GetInt32()));
        Assert.Equal((200, 1, 1), (second, updated.GetProperty("added").GetInt32(), updated.GetProperty("updated").GetInt32()));
        var (_, list) = await api.GetAsync($"{Url}?source=organiser", OrganiserKeys.RuCca);
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal([("a", "ru-cca:13"), ("b", "ru-cca:33"), ("c", "ru-cca:13")],
            list.GetProperty("examples").EnumerateArray().Select(e => (e.GetProperty("id").GetString(), e.GetProperty("categoryId").GetString())));
        Assert.All(list.GetProperty("examples").EnumerateArray(), e => Assert.Equal("organiser", e.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task ACsvWithBadRowsStoresTheGoodOnesAndReportsTheBadByLine()
    {
        await using var api = new OrganiserApiFactory();
        var csv = "\uFEFFid,categoryId,text,lang\n" +
                  $"1,ru-cca:13,\"{VoiceBot}\nВторая строка.\",ru\n" +   // lines 2-3
                  "2,ru-cca:99,unknown category,ru\n" +                   // line 4
                  "3,ru-cca:13,a \"stray\" quote,ru\n" +                  // line 5
                  $"4,ru-cca:32,\"{Omnichannel}\",xx\n" +                 // line 6: unknown language
                  ",ru-cca:32,no id,ru\n" +                               // line 7
                  $"1,ru-cca:32,\"{Omnichannel}\",ru\n" +                 // line 8: id of line 2 again
                  $"5,32,\"{Omnichannel}\",\n";                           // line 9

        var (status, body) = await api.PostCsvAsync(Url, OrganiserKeys.RuCca, csv);

        Assert.Equal(200, status);
        Assert.Equal(2, body.GetProperty("added").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(4, "categoryId"), (5, "row"), (6, "lang"), (7, "id"), (8, "id")], errors);
        var (_, list) = await api.GetAsync($"{Url}?source=organiser", OrganiserKeys.RuCca);
        Assert.Equal(["1", "5"], list.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal($"{VoiceBot}\nВторая строка.", list.GetProperty("examples")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task TenThousandAndOneExamplesAnswer400NamingTheLimitAndStoreNothing(string format)
    {
        await using var api = new OrganiserApiFactory();
        var rows = Enumerable.Range(0, 10_001).Select(i => ($"e{i}", "ru-cca:13", "ИИ-бот")).ToArray();

        var (status, body) = format == "json"
            ? await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(rows))
            : await api.PostCsvAsync(Url, OrganiserKeys.RuCca, "id,categoryId,text\n" + string.Concat(rows.Select(r => $"{r.Item1},{r.Item2},{r.Item3}\n")));

        Assert.Equal(400, status);
        Assert.Contains("10000", ProblemBody.OnlyError(body, "examples"));
        var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task TheBuiltinCorpusIsThereWithoutAnySetUpStepAndCountedPerCategory()
    {
        // A file that does not exist yet: the first start creates and seeds it.
        await using var api = new OrganiserApiFactory(Path.Combine(Directory.CreateTempSubdirectory("categorymatch-first-start-").FullName, "examples.db"));
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(("a", "ru-cca:13", VoiceBot), ("b", "ru-cca:13", VoiceBot + " Ещё.")));

        var (status, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);

        Assert.Equal(200, status);
        var builtin = Support.Corpora.Builtin.Examples.Count(e => e.Program == "ru-cca" && e.InDomain);
        Assert.Equal(builtin, stats.GetProperty("builtin").GetInt32());
        Assert.Equal(2, stats.GetProperty("organiser").GetInt32());
        var ai = stats.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("categoryId").GetString() == "ru-cca:13");
        Assert.Equal(2, ai.GetProperty("organiser").GetInt32());
        Assert.Equal(Support.Corpora.Builtin.Examples.Count(e => e.Program == "ru-cca" && e.InDomain && e.Expected[0] == "ru-cca:13"),
            ai.GetProperty("builtin").GetInt32());
    }

    [Fact]
    public async Task ListingFiltersByCategoryAndSourceAndPages()
    {
        await using var api = new OrganiserApiFactory();
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(("a", "ru-cca:13", VoiceBot), ("b", "ru-cca:13", VoiceBot + " 2"), ("c", "ru-cca:32", Omnichannel)));

        var (_, page1) = await api.GetAsync($"{Url}?category=13&source=organiser&pageSize=1", OrganiserKeys.RuCca);
        var (_, page2) = await api.GetAsync($"{Url}?category=ru-cca:13&source=organiser&pageSize=1&page=2", OrganiserKeys.RuCca);
        var (_, builtin) = await api.GetAsync($"{Url}?source=builtin&pageSize=5", OrganiserKeys.RuCca);
        var (bad, problem) = await api.GetAsync($"{Url}?category=lt-iba:E01&source=someone&pageSize=5000&page=0", OrganiserKeys.RuCca);

        Assert.Equal((2, "a"), (page1.GetProperty("total").GetInt32(), page1.GetProperty("examples")[0].GetProperty("id").GetString()));
        Assert.Equal((2, "b"), (page2.GetProperty("total").GetInt32(), page2.GetProperty("examples")[0].GetProperty("id").GetString()));
        Assert.Equal(5, builtin.GetProperty("examples").GetArrayLength());
        Assert.All(builtin.GetProperty("examples").EnumerateArray(), e => Assert.Equal("builtin", e.GetProperty("source").GetString()));
        Assert.Equal(400, bad);
        Assert.Equal(["category", "source", "page", "pageSize"], ProblemBody.Errors(problem).Keys);
    }

    [Fact]
    public async Task DeletingAnOrganisersExampleRemovesItAndABuiltinOneCannotBeDeleted()
    {
        await using var api = new OrganiserApiFactory();
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(("a", "ru-cca:13", VoiceBot)));
        var builtinId = Support.Corpora.Builtin.Examples.First(e => e.Program == "ru-cca" && e.InDomain).Id;

        var (deleted, _) = await api.SendAsync(HttpMethod.Delete, $"{Url}/a", OrganiserKeys.RuCca);
        var (again, problem) = await api.SendAsync(HttpMethod.Delete, $"{Url}/a", OrganiserKeys.RuCca);
        var (builtin, _) = await api.SendAsync(HttpMethod.Delete, $"{Url}/{builtinId}", OrganiserKeys.RuCca);

        Assert.Equal((204, 404, 404), (deleted, again, builtin));
        Assert.Contains("'a'", problem.GetProperty("detail").GetString());
        var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task AnIdOfTheBuiltinCorpusIsReportedAndTheOtherExamplesAreStored()
    {
        await using var api = new OrganiserApiFactory();
        var builtinId = Support.Corpora.Builtin.Examples.First(e => e.Program == "ru-cca" && e.InDomain).Id;

        var (status, body) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples((builtinId, "ru-cca:13", VoiceBot), ("mine", "ru-cca:13", VoiceBot)));

        Assert.Equal(200, status);
        Assert.Equal(1, body.GetProperty("added").GetInt32());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal((0, "id"), (error.GetProperty("index").GetInt32(), error.GetProperty("field").GetString()));
        var (_, list) = await api.GetAsync($"{Url}?source=builtin&category={Support.Corpora.Builtin.Examples.First(e => e.Id == builtinId).Expected[0]}&pageSize=1000", OrganiserKeys.RuCca);
        Assert.Contains(list.GetProperty("examples").EnumerateArray(), e => e.GetProperty("id").GetString() == builtinId && e.GetProperty("text").GetString() != VoiceBot);
    }

    [Fact]
    public async Task WritesBeyondTheRateLimitAnswer429ProblemDetailsWhileReadsGoOn()
    {
        await using var api = new OrganiserApiFactory(settings: new Dictionary<string, string?> { ["Organisers:WritesPerWindow"] = "2", ["Organisers:WriteWindow"] = "00:10:00" });

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++) statuses.Add((await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples(($"e{i}", "ru-cca:13", VoiceBot)))).Status);
        var (limited, problem) = await api.SendAsync(HttpMethod.Delete, $"{Url}/e0", OrganiserKeys.RuCca);
        var (read, _) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        var (other, _) = await api.PostJsonAsync("/api/programs/lt-iba/examples", OrganiserKeys.LtIba,
            new { examples = new[] { new { id = "x", categoryId = "lt-iba:E01", text = "Pokalbių robotas atsako klientams per minutę." } } });

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal((429, 429), (limited, problem.GetProperty("status").GetInt32()));
        Assert.Equal((200, 200), (read, other));
    }

    [Fact]
    public async Task AnUnsupportedContentTypeAnswers415SayingWhatIsAccepted()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.SendAsync(HttpMethod.Post, Url, OrganiserKeys.RuCca, new StringContent("id;text", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(415, status);
        Assert.Contains("text/csv", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EntrantEndpointsNeverReturnAnOrganisersExampleTextOrId()
    {
        await using var api = new OrganiserApiFactory();
        const string secretId = "confidential-entry-4471";
        const string secretText = "Компания Квазарбанк запустила голосового бота на базе генеративного ИИ, который принимает звонки и решает 52% обращений.";
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples((secretId, "ru-cca:13", secretText)));
        var client = api.CreateClient();

        var answers = new List<string>();
        foreach (var (url, body) in new (string, object)[]
        {
            ("/api/recommendations", new { text = VoiceBot, program = "ru-cca", top = 5 }),
            ("/api/recommendations/batch", new { entries = new[] { new { id = "x", text = VoiceBot, program = "ru-cca" } } }),
            ("/api/audit", new { entries = new[] { new { id = "x", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14" } } }),
        })
        {
            using var response = await client.PostAsync(url, OrganiserApiFactory.JsonContent(body));
            Assert.Equal(200, (int)response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(answers, a => Assert.DoesNotContain(secretId, a));
        Assert.All(answers, a => Assert.DoesNotContain("Квазарбанк", a));
    }
}
