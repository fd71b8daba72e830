using CategoryMatch.Core;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Tests.Support;

/// <summary>The real model from data/, loaded once for all tests (it is immutable).</summary>
public static class Models
{
    private static readonly Lazy<RecommenderModel> Shared = new(() => RecommenderModel.Load(TestPaths.Data));

    /// <summary>The model built from the repository's data.</summary>
    public static RecommenderModel Real => Shared.Value;

    /// <summary>A recommender over the embedded index with default options.</summary>
    public static CategoryRecommender Recommender() =>
        new(Real, new InMemoryCategoryIndex(Real.CategoryVectors), new RankingOptions());
}
