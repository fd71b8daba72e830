using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Qdrant.Client;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The API with <c>Qdrant:Url</c> configured, through the real HTTP pipeline and the real server.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantApiTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _services = await qdrant.IndexedCatalogAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await qdrant.Server.StartAgainAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task WithQdrantUpTheApiIsHealthyAndRanksFromQdrant()
    {
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (healthStatus, health) = await GetAsync(http, "/health");
        var (status, body) = await RecommendAsync(http);

        Assert.Equal(200, healthStatus);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Contains(health.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "qdrant");
        Assert.Equal(200, status);
        Assert.Equal("ru-cca:13", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task WithQdrantDownTheApiStartsReportsUnhealthyAnswers503QuicklyAndRecoversWithoutARestart()
    {
        qdrant.Server.Kill();
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (healthStatus, health) = await GetAsync(http, "/health");
        var clock = Stopwatch.StartNew();
        var (status, problem) = await RecommendAsync(http);
        var elapsed = clock.Elapsed;

        Assert.Equal(503, healthStatus);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        var check = Assert.Single(health.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "qdrant");
        Assert.Equal("unhealthy", check.GetProperty("status").GetString());
        Assert.Equal(503, status);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("qdrant", problem.GetProperty("dependency").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the 503 took {elapsed}");

        await qdrant.Server.StartAgainAsync();
        var (healthAfter, _) = await GetAsync(http, "/health");
        var (statusAfter, bodyAfter) = await RecommendAsync(http);

        Assert.Equal(200, healthAfter);
        Assert.Equal(200, statusAfter);
        Assert.Equal("ru-cca:13", bodyAfter.GetProperty("results")[0].GetProperty("categoryId").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task AHungQdrantGets503WithinTwoSecondsAndServiceResumesWhenItAnswersAgain()
    {
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();
        Assert.Equal(200, (await RecommendAsync(http)).Status);

        int status, healthStatus;
        TimeSpan elapsed;
        qdrant.Server.Pause();
        try
        {
            var clock = Stopwatch.StartNew();
            (status, _) = await RecommendAsync(http);
            elapsed = clock.Elapsed;
            (healthStatus, _) = await GetAsync(http, "/health");
        }
        finally
        {
            qdrant.Server.Resume();
        }
        var (statusAfter, _) = await RecommendAsync(http);

        Assert.Equal(503, status);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the 503 took {elapsed}");
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
        Assert.Equal(200, status);
        Assert.Equal("ru-cca:13", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
        Assert.Equal(5, body.GetProperty("results").GetArrayLength());
    }

    private static async Task<(int Status, JsonElement Body)> RecommendAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    private static async Task<(int Status, JsonElement Body)> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
