using System.Diagnostics;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Api;
using CategoryMatch.Tests.Support;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// How many round trips to Qdrant a request costs, and what a slow or hung Qdrant does to requests and to
/// <c>/health</c>: the API with <c>Qdrant:Url</c> set, through the real HTTP pipeline and the real server.
/// </summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantRoundTripTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private const int Entries = 100;
    private ServiceProvider _services = null!;

    // In-domain corpus texts of every programme, spread over the corpus.
    private static readonly IReadOnlyList<Core.Learning.CorpusExample> Texts =
        [.. Corpora.Builtin.Examples.Where(e => e.InDomain).Where((_, i) => i % 40 == 0).Take(Entries)];

    public async Task InitializeAsync() => _services = await qdrant.IndexedCatalogAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        qdrant.Server.Resume();
    }

    [Fact(Timeout = 120_000)]
    public async Task ABatchOfAHundredEntriesTakesAFewQueryBatchesAndRanksAsTheEmbeddedIndexDoes()
    {
        var calls = new CallCounter();
        await using var api = OnQdrant(calls);
        using var http = api.CreateClient();
        await http.AssertRunsOnAsync(qdrant.Server);
        var body = new { top = 3, entries = Texts.Select(e => new { id = e.Id, text = e.Text, program = e.Program }) };
        calls.Reset();

        var (status, onQdrant) = await http.PostAsync("/api/recommendations/batch", body);
        var queries = calls.Of("Query", "QueryBatch");
        using var embedded = new ApiFactory();
        var (_, inProcess) = await embedded.PostJsonAsync("/api/recommendations/batch", body);

        Assert.Equal(Entries, Texts.Count);
        Assert.Equal(200, status);
        Assert.True(queries <= MostQueries(Entries), $"{Entries} entries took {queries} queries");
        Assert.Equal(inProcess.GetProperty("results").GetRawText(), onQdrant.GetProperty("results").GetRawText());
    }

    [Fact(Timeout = 120_000)]
    public async Task AnAuditOfAHundredEntriesTakesAFewQueryBatches()
    {
        var calls = new CallCounter();
        await using var api = OnQdrant(calls);
        using var http = api.CreateClient();
        await http.AssertRunsOnAsync(qdrant.Server);
        calls.Reset();

        var (status, body) = await http.PostAsync("/api/audit",
            new { entries = Texts.Select(e => new { id = e.Id, text = e.Text, program = e.Program, filedCategory = e.Expected[0] }) });
        var queries = calls.Of("Query", "QueryBatch");

        Assert.Equal(200, status);
        Assert.Equal(Entries, body.GetProperty("results").GetArrayLength());
        Assert.True(queries <= MostQueries(Entries), $"{Entries} entries took {queries} queries");
    }

    [Fact(Timeout = 60_000)]
    public async Task ARequestWaitingOnAHungQdrantAnswers503AtItsDeadline()
    {
        // Qdrant's own timeouts far beyond the request's deadline: the deadline is what ends the wait.
        await using var api = OnQdrant(settings: new()
        {
            ["Qdrant:AttemptTimeout"] = "00:00:10",
            ["Qdrant:TotalTimeout"] = "00:00:20",
            ["RequestDeadline:Timeout"] = "00:00:01",
        });
        using var http = api.CreateClient();
        await http.AssertRunsOnAsync(qdrant.Server);

        qdrant.Server.Pause();
        var clock = Stopwatch.StartNew();
        var (status, problem) = await http.PostAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });
        var elapsed = clock.Elapsed;
        qdrant.Server.Resume();
        var (statusAfter, _) = await http.PostAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });

        Assert.Equal(503, status);
        Assert.Equal("The request did not finish within its deadline.", problem.GetProperty("title").GetString());
        Assert.Equal(1, problem.GetProperty("deadlineSeconds").GetDouble());
        // A second's deadline, with room for a busy two-core machine; Qdrant's own timeout would have taken 20 s.
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the 503 took {elapsed}");
        Assert.Equal(200, statusAfter);
    }

    [Fact(Timeout = 60_000)]
    public async Task ASlowQdrantIsReportedDegradedWhileRequestsAreStillServed()
    {
        await using var slow = new DelayingProxy(qdrant.Server.GrpcPort, TimeSpan.FromMilliseconds(400)).Start();
        await using var api = OnQdrant(settings: new()
        {
            ["Qdrant:GrpcUrl"] = slow.Url,
            ["Qdrant:AttemptTimeout"] = "00:00:10",
            ["Qdrant:TotalTimeout"] = "00:00:20",
        });
        using var http = api.CreateClient();

        var (healthStatus, health) = await http.GetJsonAsync("/health");
        var (status, body) = await http.PostAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });

        var check = QdrantApiCalls.QdrantCheck(health);
        Assert.Equal(200, healthStatus);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal("degraded", check.GetProperty("status").GetString());
        Assert.Contains("answers slowly", check.GetProperty("description").GetString());
        Assert.True(check.GetProperty("data").GetProperty("latencyMs").GetDouble() >= 250, check.ToString());
        Assert.Equal($"{slow.Url}/", check.GetProperty("data").GetProperty("server").GetString());
        Assert.Equal(200, status);
        Assert.Equal("ru-cca:13", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
    }

    // One query batch per slice of the batch recommender: N / 64 of them, and at least one per core.
    private static int MostQueries(int entries) => (entries + 63) / 64 + Environment.ProcessorCount;

    private QdrantApiFactory OnQdrant(CallCounter? calls = null, Dictionary<string, string?>? settings = null) =>
        new(qdrant.Url, settings, calls is null ? null : services => services.AddKeyedSingleton<Interceptor>(QdrantConnection.PipelineName, calls));
}
