using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Neural;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Neural;

/// <summary>Ranking with a neural similarity fused in, on a tiny model written from the catalog's own words.</summary>
public sealed class NeuralRankingTests : IDisposable
{
    private static readonly string[] Entries =
    [
        "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.",
        "Наша команда из 12 операторов взыскания вернула 30% просроченной задолженности.",
        "Our contact centre team of 85 agents moved to remote work and kept service levels above 90%.",
    ];

    private readonly TinyBertModel _tiny = CatalogTinyModel.Write(Models.Real);
    private readonly OnnxEmbeddingGenerator _generator;
    private readonly CategoryNeuralVectors _categories;
    private readonly InMemoryCategoryIndex _builtIn = new(Models.Real.CategoryVectors);

    public NeuralRankingTests()
    {
        _generator = new OnnxEmbeddingGenerator(_tiny.Options(queryPrefix: "query: ", passagePrefix: "passage: "));
        _categories = CategoryNeuralVectors.BuildAsync(Models.Real, _generator).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _generator.Dispose();
        _tiny.Dispose();
    }

    [Fact]
    public void EveryCategoryGetsAUnitNeuralVectorFromItsPassage()
    {
        Assert.Equal(Models.Real.Catalog.Categories.Count, _categories.Count);
        Assert.Equal(_tiny.Hidden, _categories.Dimensions);
        foreach (var category in Models.Real.Catalog.Categories)
            Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(_categories.Of(category.Id)), 4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AZeroWeightLeavesTheRankingExactlyAsItWas(int entry)
    {
        var encoded = Models.Real.Encoder.Encode(Entries[entry]);
        var neural = new NeuralCategoryIndex(_builtIn, _generator, _categories, weight: 0);

        var before = await _builtIn.SearchAsync(encoded, null);
        var after = await neural.SearchAsync(encoded, null);

        Assert.Equal(before.Select(c => (c.Category.Id, c.Similarity)), after.Select(c => (c.Category.Id, c.Similarity)));
        Assert.Contains(after, c => c.NeuralSimilarity != 0);   // measured, just not counted
    }

    [Fact]
    public async Task AZeroWeightLeavesTheRecommendationsExactlyAsTheyWere()
    {
        var plain = Models.Recommender();
        var fused = new CategoryRecommender(Models.Real, new NeuralCategoryIndex(_builtIn, _generator, _categories, 0), new RankingOptions(), Models.BuiltinExamples);

        foreach (var text in Entries)
        {
            var request = new RecommendationRequest(text, "ru-cca", 10);
            var before = await plain.RecommendAsync(request);
            var after = await fused.RecommendAsync(request);
            Assert.Equal(before.Results.Select(r => (r.Category.Id, r.Score, r.Similarity)), after.Results.Select(r => (r.Category.Id, r.Score, r.Similarity)));
            Assert.Equal(before.NoMatch, after.NoMatch);
        }
    }

    [Fact]
    public async Task APositiveWeightFusesTheNeuralSimilarityAndChangesTheRanking()
    {
        var encoded = Models.Real.Encoder.Encode(Entries[2]);
        var neural = new NeuralCategoryIndex(_builtIn, _generator, _categories, weight: 0.6f);

        var before = await _builtIn.SearchAsync(encoded, "ru-cca");
        var after = await neural.SearchAsync(encoded, "ru-cca");

        Assert.All(after, c => Assert.Equal(0.4f * c.BuiltInSimilarity + 0.6f * c.NeuralSimilarity, c.Similarity, 5));
        Assert.Equal(after.OrderByDescending(c => c.Similarity).Select(c => c.Category.Id), after.Select(c => c.Category.Id));
        Assert.NotEqual(before.Select(c => c.Category.Id), after.Select(c => c.Category.Id));
    }

    [Fact]
    public async Task AnEntryWordedLikeACategoryIsRankedFirstByTheNeuralSignal()
    {
        var target = Models.Real.Catalog.FindCategory("ru-cca:34")!;
        var text = CategoryNeuralVectors.PassageOf(target);
        var encoded = Models.Real.Encoder.Encode(text);
        var neural = new NeuralCategoryIndex(_builtIn, _generator, _categories, weight: 1);

        var ranked = await neural.SearchAsync(encoded, "ru-cca");

        // Query and passage prefixes differ by one word, so the vectors are close but not identical.
        Assert.Equal(target.Id, ranked[0].Category.Id);
        Assert.True(ranked[0].NeuralSimilarity > 0.95f, $"{ranked[0].NeuralSimilarity}");
        Assert.True(ranked[0].NeuralSimilarity > ranked[1].NeuralSimilarity + 0.1f);
    }
}
