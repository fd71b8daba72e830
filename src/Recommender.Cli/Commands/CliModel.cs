using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>The recommender and auditor the commands run in process, on the embedded index with default options.</summary>
public static class CliModel
{
    /// <summary>A recommender over the data folder (the nearest data/ when null).</summary>
    public static CategoryRecommender Recommender(string? dataDirectory)
    {
        var model = RecommenderModel.Load(RecommenderModel.LocateDataDirectory(dataDirectory, Environment.CurrentDirectory));
        return new CategoryRecommender(model, new InMemoryCategoryIndex(model.CategoryVectors), new RankingOptions());
    }

    /// <summary>An auditor with the default thresholds.</summary>
    public static CategoryAuditor Auditor(string? dataDirectory) => new(Recommender(dataDirectory), new AuditOptions());
}
