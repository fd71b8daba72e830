using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The indexer's writer against the real server: complete, idempotent, and never half-visible.</summary>
[Collection(QdrantCollection.Name)]
public sealed class CategoryIndexWriterTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private IQdrantClient _client = null!;
    private CategoryIndexWriter _writer = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _client = _services.GetRequiredService<IQdrantClient>();
        _writer = _services.GetRequiredService<CategoryIndexWriter>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 60_000)]
    public async Task TheIndexerWritesEveryCategoryWithPayloadAndIndexesBehindTheAlias()
    {
        var model = Models.Real;

        var report = await _writer.WriteAsync(model);

        Assert.Equal(model.Catalog.Categories.Count, report.Categories);
        Assert.Equal(61, await _client.CountAsync("categories"));
        Assert.Equal([new CollectionAlias("categories", report.Collection)], await _client.ListAliasesAsync());
        Assert.StartsWith("categories-v", report.Collection);
        var points = await _client.QueryAsync("categories", AllPoints(model.Encoder.Dimensions, program: "ru-cca"));
        Assert.Equal(47, points.Count);
        foreach (var point in points)
        {
            var category = model.Catalog.FindCategory(point.Payload["categoryId"])!;
            Assert.Equal(PointId.FromKey(category.Id), point.Id);
            Assert.Equal("ru-cca", point.Payload["program"]);
            Assert.Equal(category.Code, point.Payload["code"]);
            Assert.Equal("ru", point.Payload["language"]);
            Assert.Equal(category.Title, point.Payload["title"]);
            Assert.Equal(category.TitleEn, point.Payload["titleEn"]);
        }
        var schema = await PayloadSchemaAsync(report.Collection);
        Assert.Contains("\"program\":{\"data_type\":\"keyword\"", schema);
        Assert.Contains("\"language\":{\"data_type\":\"keyword\"", schema);
    }

    [Fact(Timeout = 60_000)]
    public async Task ReindexingKeepsThePointIdsAndLeavesOneLiveVersion()
    {
        var model = Models.Real;
        var first = await _writer.WriteAsync(model);
        var idsBefore = (await _client.QueryAsync("categories", AllPoints(model.Encoder.Dimensions))).Select(p => p.Id).Order().ToList();

        var second = await _writer.WriteAsync(model);

        var idsAfter = (await _client.QueryAsync("categories", AllPoints(model.Encoder.Dimensions))).Select(p => p.Id).Order().ToList();
        Assert.Equal(idsBefore, idsAfter);
        Assert.Equal(model.Catalog.Categories.Select(c => PointId.FromKey(c.Id)).Order(), idsAfter);
        Assert.NotEqual(first.Collection, second.Collection);
        Assert.Equal(first.Collection, second.Replaced);
        Assert.Equal([first.Collection], second.Dropped);
        Assert.Equal([second.Collection], await _client.ListCollectionsAsync());
        Assert.Equal([new CollectionAlias("categories", second.Collection)], await _client.ListAliasesAsync());
    }

    [Fact(Timeout = 60_000)]
    public async Task KillingQdrantWhileIndexingLeavesTheAliasOnTheLastCompleteVersion()
    {
        var model = Models.Real;
        var complete = await _writer.WriteAsync(model);
        var crashing = new CategoryIndexWriter(new CrashingQdrantClient(_client, qdrant.Server),
            _services.GetRequiredService<IOptions<QdrantOptions>>(), NullLogger<CategoryIndexWriter>.Instance);

        var error = await Assert.ThrowsAsync<QdrantException>(() => crashing.WriteAsync(model));
        await qdrant.Server.StartAgainAsync();

        Assert.True(error.IsUnavailable, error.Message);
        Assert.Equal([new CollectionAlias("categories", complete.Collection)], await _client.ListAliasesAsync());
        Assert.Equal(61, await _client.CountAsync("categories"));
        // The next run clears the half-built leftover along with the old version.
        var next = await _writer.WriteAsync(model);
        Assert.Equal([next.Collection], await _client.ListCollectionsAsync());
    }

    private static HybridQuery AllPoints(int dimensions, string? program = null)
    {
        var probe = new float[dimensions];
        probe[0] = 1;
        return new HybridQuery(
            new Dictionary<string, float[]> { [CategoryCollection.ConceptsVector] = probe },
            new Dictionary<string, Core.Encoding.SparseVector>(),
            Limit: 1000,
            MustMatch: program is null ? null : new Dictionary<string, string> { [CategoryCollection.ProgramField] = program },
            PayloadFields: ["categoryId", "program", "code", "language", "title", "titleEn"]);
    }

    // The client has no call for collection info (the product needs none), so read it raw.
    private async Task<string> PayloadSchemaAsync(string collection)
    {
        using var http = new HttpClient();
        var info = await http.GetStringAsync($"{qdrant.Url}/collections/{collection}");
        return System.Text.Json.JsonDocument.Parse(info).RootElement.GetProperty("result").GetProperty("payload_schema").GetRawText();
    }
}
