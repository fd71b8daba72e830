using System.Diagnostics;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Examples;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>Labelled examples on the real Qdrant server: through the API, across a SIGKILL of the API, with Qdrant down, and re-indexed.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantExamplesTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private const string Url = "/api/programs/ru-cca/examples";
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";

    public Task InitializeAsync() => qdrant.ResetAsync();

    public async Task DisposeAsync() => await qdrant.Server.StartAgainAsync();

    private OrganiserApiFactory Api() => new(settings: new Dictionary<string, string?> { ["Qdrant:Url"] = qdrant.Url });

    private static object Examples(params string[] ids) =>
        new { examples = ids.Select(id => new { id, categoryId = "ru-cca:13", text = $"{VoiceBot} ({id})" }).ToArray() };

    private async Task<BuiltinExamples> IndexBuiltinAsync(int count)
    {
        await using var services = qdrant.CreateServices();
        var writer = new ExampleIndexWriter(services.GetRequiredService<QdrantConnection>(), Options.Create(new ExampleStoreOptions()),
            services.GetRequiredService<IOptions<QdrantOptions>>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ExampleIndexWriter>.Instance);
        var builtin = BuiltinExamples.From(Core.Learning.LabelledCorpus.Of(Corpora.Builtin.Examples.Where(e => e.Program == "ru-cca" && e.InDomain).Take(count)), "test");
        await writer.WriteAsync(Models.Real, builtin);
        return builtin;
    }

    [Fact(Timeout = 120_000)]
    public async Task ExamplesUploadedThroughTheApiAreListedCountedAndUpdatedByIdInQdrant()
    {
        var builtin = await IndexBuiltinAsync(20);
        await using var api = Api();

        var (first, added) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("a", "b"));
        var (_, again) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("b", "c", builtin.Examples[0].Id));
        var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        var (_, page) = await api.GetAsync($"{Url}?pageSize=5&page=5", OrganiserKeys.RuCca);
        var (deleted, _) = await api.SendAsync(HttpMethod.Delete, $"{Url}/a", OrganiserKeys.RuCca);

        Assert.Equal((200, 2), (first, added.GetProperty("added").GetInt32()));
        Assert.Equal((1, 1), (again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal("id", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal((20, 3), (stats.GetProperty("builtin").GetInt32(), stats.GetProperty("organiser").GetInt32()));
        Assert.Equal(23, page.GetProperty("total").GetInt32());
        Assert.Equal(["organiser", "organiser", "organiser"], page.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("source").GetString()));
        Assert.Equal(204, deleted);
    }

    [Fact(Timeout = 180_000)]
    public async Task AnExampleAcknowledgedBeforeTheApiIsKilledIsStillThereAfterARestart()
    {
        var settings = new Dictionary<string, string?>(OrganiserKeys.Settings()) { ["Qdrant:Url"] = qdrant.Url };
        using (var api = await ApiProcess.StartAsync(settings))
        {
            using var http = Client(api);
            using var response = await http.PostAsync(Url, OrganiserApiFactory.JsonContent(Examples("kept")));
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()} {api.Output()}");
            api.Kill();
        }
        using var restarted = await ApiProcess.StartAsync(settings);
        using var again = Client(restarted);
        var list = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(again, $"{Url}?source=organiser");
        Assert.Equal("kept", Assert.Single(list.GetProperty("examples").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("killed")]
    [InlineData("hung")]
    public async Task WithQdrantDownWritesAnswer503WithinTwoSecondsStoreNothingAndWorkAgainWhenItIsBack(string how)
    {
        await using var api = Api();
        Assert.Equal(200, (await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("before"))).Status);
        if (how == "killed") qdrant.Server.Kill();
        else qdrant.Server.Pause();

        var clock = Stopwatch.StartNew();
        var (status, problem) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("during-1", "during-2"));
        var elapsed = clock.Elapsed;
        if (how == "killed") await qdrant.Server.StartAgainAsync();
        else qdrant.Server.Resume();
        var (after, _) = await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("after"));
        var (_, list) = await api.GetAsync($"{Url}?source=organiser", OrganiserKeys.RuCca);

        Assert.Equal(503, status);
        Assert.Equal("qdrant", problem.GetProperty("dependency").GetString());
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the 503 took {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(200, after);
        Assert.Equal(["after", "before"], list.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task ReindexingTheBuiltinCorpusSwitchesItsAliasAndKeepsEveryOrganiserExample()
    {
        await IndexBuiltinAsync(10);
        await using var api = Api();
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("mine"));

        await IndexBuiltinAsync(4);

        var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);
        Assert.Equal((4, 1), (stats.GetProperty("builtin").GetInt32(), stats.GetProperty("organiser").GetInt32()));
        await using var services = qdrant.CreateServices();
        var collections = await services.GetRequiredService<QdrantConnection>().CallAsync("list", (c, t) => c.ListCollectionsAsync(t));
        Assert.Single(collections, c => c.StartsWith("examples-builtin-v", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task TheNearestExamplesComeOnlyFromTheProgrammeNearestFirst()
    {
        await IndexBuiltinAsync(30);
        await using var api = Api();
        await api.PostJsonAsync(Url, OrganiserKeys.RuCca, Examples("bot"));
        await api.PostJsonAsync("/api/programs/lt-iba/examples", OrganiserKeys.LtIba, new { examples = new[] { new { id = "lt", categoryId = "lt-iba:E01", text = VoiceBot } } });
        var voting = api.Services.GetRequiredService<IExampleNeighbours>();   // what the vote reads: builtin in memory, organisers from Qdrant

        var nearest = await voting.NearestAsync("ru-cca", Models.Real.Encoder.Encode(VoiceBot), 5);

        Assert.Equal(("bot", ExampleSource.Organiser), (nearest[0].ExampleId, nearest[0].Source));
        Assert.Equal(5, nearest.Count);
        Assert.DoesNotContain(nearest, n => n.ExampleId == "lt");
        Assert.Equal(nearest.OrderByDescending(n => n.Similarity).ToList(), nearest);
    }

    [Fact(Timeout = 120_000)]
    public async Task ExamplesWrittenThroughOneApiProcessVoteInTheNextRequestsOfAnother()
    {
        const string text = "We brought voice, WhatsApp, Telegram and email into one customer card: every agent sees the whole history of each customer.";
        await using var catalog = await qdrant.IndexedCatalogAsync();
        await using var writer = Api();
        await using var reader = Api();   // another replica: it never hears of the writer's writes, it reads Qdrant
        var before = await RankedAsync(reader, text);
        var filedThere = before.OrderByDescending(r => r.Value).ElementAt(1).Key;

        var (status, _) = await writer.PostJsonAsync(Url, OrganiserKeys.RuCca, new
        {
            examples = Enumerable.Range(2023, 3).Select(year => new { id = $"jury-{year}", categoryId = filedThere, text = $"{text} Entry of {year}." }).ToArray(),
        });
        var after = await RankedAsync(reader, text);
        var (batchStatus, batch) = await reader.SendAsync(HttpMethod.Post, "/api/recommendations/batch", key: null, OrganiserApiFactory.JsonContent(new
        {
            entries = new[] { new { id = "x", text, program = "ru-cca" }, new { id = "y", text = VoiceBot, program = "ru-cca" } },
            top = 47,
        }));

        Assert.Equal(200, status);
        Assert.True(after[filedThere] > before[filedThere] + 0.1 && after[filedThere] > 1.5 * before[filedThere],
            $"{filedThere}: {before[filedThere]} before, {after[filedThere]} after");   // as OrganiserExamplesInUseTests
        Assert.Equal(200, batchStatus);
        var first = batch.GetProperty("results")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("categoryId").GetString()!, r => r.GetProperty("score").GetDouble());
        Assert.Equal(after[filedThere], first[filedThere], 6);   // a batch's votes (one query batch to Qdrant) are the single requests'
    }

    [Fact(Timeout = 120_000)]
    public async Task AnotherApiProcessEstimatesTheProgrammesTrustInExamplesWrittenThroughTheFirstAtItsNextRefresh()
    {
        await using var catalog = await qdrant.IndexedCatalogAsync();
        await using var writer = Api();
        await using var reader = new OrganiserApiFactory(settings: new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = qdrant.Url, ["Examples:Trust:RefreshSeconds"] = "10", ["Examples:Trust:SettleSeconds"] = "0",
        });
        var (_, before) = await reader.GetAsync($"{Url}/stats", OrganiserKeys.RuCca);   // starts the reader

        var (status, _) = await writer.PostJsonAsync(Url, OrganiserKeys.RuCca, new
        {
            examples = Corpora.Builtin.Examples.Where(e => e.Program == "ru-cca" && e.InDomain).Take(25)
                .Select((e, i) => new { id = $"archive-{i:00}", categoryId = e.Expected[0], text = e.Text }).ToArray(),
        });
        var deadline = Stopwatch.StartNew();
        System.Text.Json.JsonElement trust;
        while ((trust = (await reader.GetAsync($"{Url}/stats", OrganiserKeys.RuCca)).Body.GetProperty("trust")).ValueKind != System.Text.Json.JsonValueKind.Object
               || trust.GetProperty("cases").GetInt32() != 25)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"the reader has not estimated the trust on the 25 examples: {trust}");
            await Task.Delay(200);
        }

        Assert.Equal(200, status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("trust").ValueKind);
        Assert.InRange(trust.GetProperty("rightAsTrained").GetInt32(), 0, 25);
    }

    private static async Task<Dictionary<string, double>> RankedAsync(OrganiserApiFactory api, string text)
    {
        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/recommendations", key: null,
            OrganiserApiFactory.JsonContent(new { text, program = "ru-cca", top = 47 }));
        Assert.Equal(200, status);
        return body.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("categoryId").GetString()!, r => r.GetProperty("score").GetDouble());
    }

    private static HttpClient Client(ApiProcess api)
    {
        var http = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OrganiserKeys.RuCca);
        return http;
    }
}
