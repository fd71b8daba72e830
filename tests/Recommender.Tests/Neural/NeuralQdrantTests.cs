using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Neural;
using CategoryMatch.Tests.Qdrant;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Qdrant.Client;
using SparseVector = CategoryMatch.Core.Encoding.SparseVector;

namespace CategoryMatch.Tests.Neural;

/// <summary>The neural vectors in the real Qdrant server: written by the indexer, searchable, and ranked with as in process.</summary>
[Collection(QdrantCollection.Name)]
public sealed class NeuralQdrantTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private readonly TinyBertModel _tiny = CatalogTinyModel.Write(Models.Real);
    private ServiceProvider _services = null!;
    private OnnxEmbeddingGenerator _generator = null!;
    private CategoryNeuralVectors _categories = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _generator = new OnnxEmbeddingGenerator(_tiny.Options(queryPrefix: "query: ", passagePrefix: "passage: "));
        _categories = await CategoryNeuralVectors.BuildAsync(Models.Real, _generator);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _generator.Dispose();
        _tiny.Dispose();
    }

    [Fact(Timeout = 60_000)]
    public async Task TheIndexerWritesTheNeuralVectorAndQdrantFindsACategoryByIt()
    {
        var client = _services.GetRequiredService<QdrantClient>();
        var writer = _services.GetRequiredService<CategoryIndexWriter>();
        var target = Models.Real.Catalog.FindCategory("ru-cca:34")!;

        var report = await writer.WriteAsync(Models.Real, _categories);
        var query = (await _generator.GenerateAsync([CategoryNeuralVectors.PassageOf(target)]))[0].Vector.ToArray();
        var points = await new HybridQuery(
            new Dictionary<string, float[]> { [CategoryCollection.NeuralVector] = query }, new Dictionary<string, SparseVector>(), 3,
            new Dictionary<string, string> { [CategoryCollection.ProgramField] = "ru-cca" }, [CategoryCollection.CategoryIdField]).RunAsync(client, "categories");

        Assert.Equal((ulong)Models.Real.Catalog.Categories.Count, await client.CountAsync("categories", exact: true));
        Assert.Equal(target.Id, points[0].Payload[CategoryCollection.CategoryIdField].StringValue);
        Assert.True(points[0].Score > 0.95, $"{points[0].Score}");
        var info = await client.GetCollectionInfoAsync(report.Collection);
        Assert.Equal(32UL, info.Config.Params.VectorsConfig.ParamsMap.Map[CategoryCollection.NeuralVector].Size);
    }

    [Fact(Timeout = 60_000)]
    public async Task RankingOnQdrantWithTheNeuralSignalMatchesTheEmbeddedIndex()
    {
        await _services.GetRequiredService<CategoryIndexWriter>().WriteAsync(Models.Real, _categories);
        var onQdrant = new NeuralCategoryIndex(QdrantFixture.CategoryIndex(_services), _generator, _categories, 0.5f);
        var inProcess = new NeuralCategoryIndex(new InMemoryCategoryIndex(Models.Real.CategoryVectors), _generator, _categories, 0.5f);
        var entry = Models.Real.Encoder.Encode("Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.");

        var fromQdrant = await onQdrant.SearchAsync(entry, "ru-cca");
        var fromMemory = await inProcess.SearchAsync(entry, "ru-cca");

        Assert.Equal(fromMemory.Select(c => (c.Category.Id, c.Similarity)), fromQdrant.Select(c => (c.Category.Id, c.Similarity)));
        Assert.All(fromQdrant, c => Assert.Equal(0.5f, c.NeuralWeight));
    }
}
