using System.Diagnostics;
using System.Text.Json;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Qdrant.Client;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// The API with <c>Qdrant:Url</c> configured, through the real HTTP pipeline and the real server. Each test that
/// faults Qdrant first checks that the API under test answers from this server.
/// </summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantApiTests(QdrantFixture qdrant) : IAsyncLifetime
{
    // The client gives up after Qdrant:TotalTimeout (1.5 s); the rest is room for a busy two-core machine.
    private static readonly TimeSpan Answers503Within = TimeSpan.FromSeconds(5);

    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _services = await qdrant.IndexedCatalogAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        qdrant.Server.Resume();
        await qdrant.Server.StartAgainAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task WithQdrantUpTheApiIsHealthyAndRanksFromQdrant()
    {
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (healthStatus, health) = await http.GetJsonAsync("/health");
        var (status, body) = await RecommendAsync(http);

        Assert.Equal(200, healthStatus);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        var check = QdrantApiCalls.QdrantCheck(health);
        Assert.Equal($"{qdrant.Server.GrpcUrl}/", check.GetProperty("data").GetProperty("server").GetString());
        Assert.Equal(61, check.GetProperty("data").GetProperty("categories").GetInt32());
        Assert.Equal(200, status);
        Assert.Equal("ru-cca:13", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task WithQdrantDownTheApiStartsReportsUnhealthyAnswers503QuicklyAndRecoversWithoutARestart()
    {
        qdrant.Server.Kill();
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (healthStatus, health) = await http.GetJsonAsync("/health");
        var clock = Stopwatch.StartNew();
        var (status, problem) = await RecommendAsync(http);
        var elapsed = clock.Elapsed;

        Assert.Equal(503, healthStatus);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        var check = QdrantApiCalls.QdrantCheck(health);
        Assert.Equal("unhealthy", check.GetProperty("status").GetString());
        // The server that is down is this test's: the API is configured for it, not for the embedded index or another server.
        Assert.Equal($"{qdrant.Server.GrpcUrl}/", check.GetProperty("data").GetProperty("server").GetString());
        Assert.Equal(503, status);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("qdrant", problem.GetProperty("dependency").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(elapsed < Answers503Within, $"the 503 took {elapsed}");

        await qdrant.Server.StartAgainAsync();
        var (healthAfter, _) = await http.GetJsonAsync("/health");
        var (statusAfter, bodyAfter) = await RecommendAsync(http);

        Assert.Equal(200, healthAfter);
        Assert.Equal(200, statusAfter);
        Assert.Equal("ru-cca:13", bodyAfter.GetProperty("results")[0].GetProperty("categoryId").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task AHungQdrantGets503WithinFiveSecondsAndServiceResumesWhenItAnswersAgain()
    {
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();
        await http.AssertRunsOnAsync(qdrant.Server);
        Assert.Equal(200, (await RecommendAsync(http)).Status);

        int status, healthStatus;
        TimeSpan elapsed;
        qdrant.Server.Pause();
        try
        {
            var clock = Stopwatch.StartNew();
            (status, _) = await RecommendAsync(http);
            elapsed = clock.Elapsed;
            (healthStatus, _) = await http.GetJsonAsync("/health");
        }
        finally
        {
            qdrant.Server.Resume();
        }
        var (statusAfter, _) = await RecommendAsync(http);

        Assert.Equal(503, status);
        Assert.True(elapsed < Answers503Within, $"the 503 took {elapsed}");
        Assert.Equal(503, healthStatus);
        Assert.Equal(200, statusAfter);
    }

    [Fact(Timeout = 60_000)]
    public async Task AfterQdrantIsKilledMidIndexingTheApiAnswersFromTheLastCompleteVersion()
    {
        var client = _services.GetRequiredService<QdrantClient>();
        var complete = (await client.ListAliasesAsync()).Single().CollectionName;
        await using (var crashing = qdrant.CreateServices(interceptor: new KillServerAfterFirstUpsert(qdrant.Server)))
            await Assert.ThrowsAsync<QdrantCallException>(() => crashing.GetRequiredService<CategoryIndexWriter>().WriteAsync(Models.Real));
        await qdrant.Server.StartAgainAsync();
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (status, body) = await RecommendAsync(http);

        Assert.Equal(complete, (await client.ListAliasesAsync()).Single().CollectionName);
        await http.AssertRunsOnAsync(qdrant.Server);
        Assert.Equal(200, status);
        Assert.Equal("ru-cca:13", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
        Assert.Equal(5, body.GetProperty("results").GetArrayLength());
    }

    private static Task<(int Status, JsonElement Body)> RecommendAsync(HttpClient http) =>
        http.PostAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });
}
