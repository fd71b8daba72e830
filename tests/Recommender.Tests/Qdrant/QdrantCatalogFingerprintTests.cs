using System.Text.Json;
using CategoryMatch.Indexer;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// An index built from another catalog than the API's: the collection carries the indexer's catalog
/// fingerprint, and the API refuses to answer short for the programmes it lacks.
/// </summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantCatalogFingerprintTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private const string TurkishCallCentre =
        "Çağrı merkezimiz uzaktan müşteri deneyimini yeniden tasarladı: IVR, sosyal medya ve gerçek zamanlı yönetimle müşteri sadakati arttı.";

    private readonly PartialCatalog _withoutTrCca = PartialCatalog.Without("tr-cca");

    public Task InitializeAsync() => qdrant.ResetAsync();

    public Task DisposeAsync()
    {
        _withoutTrCca.Dispose();
        return Task.CompletedTask;
    }

    [Fact(Timeout = 60_000)]
    public async Task AnIndexWithoutTrCcaMakesHealthUnhealthyNamingItAndTrCcaRequestsAnswer503WhileOtherProgrammesAnswer()
    {
        var (code, _, errors) = await IndexerCommand.RunAsync("--qdrant", qdrant.Url, "--data", _withoutTrCca.Directory);
        Assert.True(code == IndexerRun.Done, errors);
        await using var api = new QdrantApiFactory(qdrant.Url);
        using var http = api.CreateClient();

        var (healthStatus, health) = await http.GetJsonAsync("/health");
        var (trStatus, trProblem) = await RecommendAsync(http, TurkishCallCentre, "tr-cca");
        var (ruStatus, ruBody) = await RecommendAsync(http, SampleSummaries.RussianAiVoiceBot, "ru-cca");
        var (allStatus, allProblem) = await RecommendAsync(http, SampleSummaries.RussianAiVoiceBot, program: null);
        var (batchStatus, _) = await http.PostAsync("/api/recommendations/batch", new
        {
            entries = new object[] { new { id = "ru", text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" }, new { id = "tr", text = TurkishCallCentre, program = "tr-cca" } },
        });
        await RecommendAsync(http, TurkishCallCentre, "tr-cca");

        Assert.Equal(503, healthStatus);
        var check = QdrantApiCalls.QdrantCheck(health);
        Assert.Equal("unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("tr-cca", check.GetProperty("description").GetString());
        Assert.Equal(["tr-cca"], check.GetProperty("data").GetProperty("missingProgrammes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(503, trStatus);
        Assert.Equal(503, trProblem.GetProperty("status").GetInt32());
        Assert.Equal("qdrant", trProblem.GetProperty("dependency").GetString());
        Assert.Equal(["tr-cca"], trProblem.GetProperty("programmes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["tr-cca:1"], trProblem.GetProperty("missingCategories").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(200, ruStatus);
        Assert.Equal("ru-cca:13", ruBody.GetProperty("results")[0].GetProperty("categoryId").GetString());
        // Without a programme every programme is ranked, tr-cca too: that answer would be short as well.
        Assert.Equal(503, allStatus);
        Assert.Equal(["tr-cca"], allProblem.GetProperty("programmes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(503, batchStatus);
        // The mismatch is the product's warning 4302, once, whatever the requests that met it; (the health check
        // service logs each unhealthy report itself).
        var mismatches = api.Log.Entries.Where(e => e.Event.Id == 4302).ToList();
        var mismatch = Assert.Single(mismatches);
        Assert.Equal(LogLevel.Warning, mismatch.Level);
        Assert.Contains("tr-cca", mismatch.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task OnceTheWholeCatalogIsIndexedTrCcaIsAnsweredAgainWithoutARestart()
    {
        Assert.Equal(IndexerRun.Done, (await IndexerCommand.RunAsync("--qdrant", qdrant.Url, "--data", _withoutTrCca.Directory)).Code);
        await using var api = new QdrantApiFactory(qdrant.Url, new Dictionary<string, string?> { ["Qdrant:CatalogRefresh"] = "00:00:00" });
        using var http = api.CreateClient();
        Assert.Equal(503, (await RecommendAsync(http, TurkishCallCentre, "tr-cca")).Status);

        var (code, _, errors) = await IndexerCommand.RunAsync("--qdrant", qdrant.Url);
        var (status, body) = await RecommendAsync(http, TurkishCallCentre, "tr-cca");
        var (healthStatus, health) = await http.GetJsonAsync("/health");

        Assert.True(code == IndexerRun.Done, errors);
        Assert.Equal(200, status);
        Assert.Equal("tr-cca:1", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
        Assert.Equal(200, healthStatus);
        Assert.Equal("healthy", QdrantApiCalls.QdrantCheck(health).GetProperty("status").GetString());
    }

    private static Task<(int Status, JsonElement Body)> RecommendAsync(HttpClient http, string text, string? program) =>
        http.PostAsync("/api/recommendations", new { text, program });
}
