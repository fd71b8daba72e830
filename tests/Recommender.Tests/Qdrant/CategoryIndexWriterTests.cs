using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The indexer's writer against the real server: complete, idempotent, and never half-visible.</summary>
[Collection(QdrantCollection.Name)]
public sealed class CategoryIndexWriterTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private QdrantClient _client = null!;
    private CategoryIndexWriter _writer = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _client = _services.GetRequiredService<QdrantClient>();
        _writer = _services.GetRequiredService<CategoryIndexWriter>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 60_000)]
    public async Task TheIndexerWritesEveryCategoryWithPayloadAndIndexesBehindTheAlias()
    {
        var model = Models.Real;

        var report = await _writer.WriteAsync(model);

        Assert.Equal(model.Catalog.Categories.Count, report.Categories);
        Assert.Equal(61UL, await _client.CountAsync("categories", exact: true));
        Assert.Equal([("categories", report.Collection)], await AliasesAsync());
        Assert.StartsWith("categories-v", report.Collection);
        var points = await AllPoints(model.Encoder.Dimensions, program: "ru-cca").RunAsync(_client, "categories");
        Assert.Equal(47, points.Count);
        foreach (var point in points)
        {
            var category = model.Catalog.FindCategory(point.Payload["categoryId"].StringValue)!;
            Assert.Equal(DeterministicPointId.FromKey(category.Id), Guid.Parse(point.Id.Uuid));
            Assert.Equal("ru-cca", point.Payload["program"].StringValue);
            Assert.Equal(category.Code, point.Payload["code"].StringValue);
            Assert.Equal("ru", point.Payload["language"].StringValue);
            Assert.Equal(category.Title, point.Payload["title"].StringValue);
            Assert.Equal(category.TitleEn, point.Payload["titleEn"].StringValue);
        }
        var info = await _client.GetCollectionInfoAsync(report.Collection);
        Assert.Equal(PayloadSchemaType.Keyword, info.PayloadSchema["program"].DataType);
        Assert.Equal(PayloadSchemaType.Keyword, info.PayloadSchema["language"].DataType);
    }

    [Fact(Timeout = 60_000)]
    public async Task ReindexingKeepsThePointIdsAndLeavesOneLiveVersion()
    {
        var model = Models.Real;
        var first = await _writer.WriteAsync(model);
        var idsBefore = await AllIdsAsync(model.Encoder.Dimensions);

        var second = await _writer.WriteAsync(model);

        var idsAfter = await AllIdsAsync(model.Encoder.Dimensions);
        Assert.Equal(idsBefore, idsAfter);
        Assert.Equal(model.Catalog.Categories.Select(c => DeterministicPointId.FromKey(c.Id)).Order(), idsAfter);
        Assert.NotEqual(first.Collection, second.Collection);
        Assert.Equal(first.Collection, second.Replaced);
        Assert.Equal([first.Collection], second.Dropped);
        Assert.Equal([second.Collection], await _client.ListCollectionsAsync());
        Assert.Equal([("categories", second.Collection)], await AliasesAsync());
    }

    [Fact(Timeout = 60_000)]
    public async Task KillingQdrantWhileIndexingLeavesTheAliasOnTheLastCompleteVersion()
    {
        var model = Models.Real;
        var complete = await _writer.WriteAsync(model);
        await using var crashing = qdrant.CreateServices(interceptor: new KillServerAfterFirstUpsert(qdrant.Server));

        var error = await Assert.ThrowsAsync<QdrantCallException>(() => crashing.GetRequiredService<CategoryIndexWriter>().WriteAsync(model));
        await qdrant.Server.StartAgainAsync();

        Assert.True(error.IsUnavailable, error.Message);
        Assert.Contains("upsert points 16..31", error.Message);
        Assert.Equal([("categories", complete.Collection)], await AliasesAsync());
        Assert.Equal(61UL, await _client.CountAsync("categories", exact: true));
        // The next run clears the half-built leftover along with the old version.
        var next = await _writer.WriteAsync(model);
        Assert.Equal([next.Collection], await _client.ListCollectionsAsync());
    }

    private async Task<List<(string, string)>> AliasesAsync() =>
        [.. (await _client.ListAliasesAsync()).Select(a => (a.AliasName, a.CollectionName))];

    private async Task<List<Guid>> AllIdsAsync(int dimensions) =>
        [.. (await AllPoints(dimensions).RunAsync(_client, "categories")).Select(p => Guid.Parse(p.Id.Uuid)).Order()];

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
}
