using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>Qdrant retrieves, the embedded scoring ranks: on the dev set both modes must agree.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantParityTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _services = await qdrant.IndexedCatalogAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 120_000)]
    public async Task EveryDevSetCaseGetsTheSameTopCategoryFromQdrantAsFromTheEmbeddedIndex()
    {
        var cases = EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl"));
        var embedded = Models.Recommender();
        var index = QdrantFixture.CategoryIndex(_services);
        var onQdrant = new CategoryRecommender(Models.Real, index, new RankingOptions(), Models.BuiltinExamples);

        var differences = new List<string>();
        foreach (var c in cases)
        {
            var request = new RecommendationRequest(c.Text, c.Program, Evaluator.Top, c.Filed);
            var expected = await embedded.RecommendAsync(request);
            var actual = await onQdrant.RecommendAsync(request);
            var top = expected.Results.FirstOrDefault()?.Category.Id;
            if (top != actual.Results.FirstOrDefault()?.Category.Id || expected.NoMatch != actual.NoMatch)
                differences.Add($"{c.Id}: embedded {top}, qdrant {actual.Results.FirstOrDefault()?.Category.Id}");
        }

        Assert.True(cases.Count > 0);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact(Timeout = 30_000)]
    public async Task EveryCategoryOfTheProgrammeComesBackAsACandidate()
    {
        var index = QdrantFixture.CategoryIndex(_services);
        var entry = Models.Real.Encoder.Encode("Голосовой бот отвечает на звонки клиентов.");

        var ruCca = await index.SearchAsync(entry, "ru-cca");
        var all = await index.SearchAsync(entry, null);
        var embedded = new InMemoryCategoryIndex(Models.Real.CategoryVectors).Search(entry, "ru-cca");

        Assert.Equal(47, ruCca.Count);
        Assert.Equal(61, all.Count);
        Assert.Equal(embedded.Select(s => (s.Category.Id, s.Similarity)), ruCca.Select(s => (s.Category.Id, s.Similarity)));
    }
}
