using CategoryMatch.Core;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Tests.Support;

/// <summary>The real model from data/, loaded once for all tests (it is immutable).</summary>
public static class Models
{
    private static readonly Lazy<RecommenderModel> Shared = new(() => RecommenderModel.Load(TestPaths.Data));

    /// <summary>The model built from the repository's data.</summary>
    public static RecommenderModel Real => Shared.Value;

    private static readonly Lazy<InMemoryExampleIndex> SharedExamples = new(() => InMemoryExampleIndex.FromCorpusFolder(Real, TestPaths.Data));

    /// <summary>The builtin corpus as an example index (immutable once loaded: tests that add examples build their own).</summary>
    public static InMemoryExampleIndex BuiltinExamples => SharedExamples.Value;

    /// <summary>A recommender over the embedded index with default options, the builtin examples voting.</summary>
    public static CategoryRecommender Recommender() =>
        new(Real, new InMemoryCategoryIndex(Real.CategoryVectors), new RankingOptions(), BuiltinExamples);
}
