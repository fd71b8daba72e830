using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>The recommender and auditor the commands run in process, on the embedded index with default options.</summary>
public static class CliModel
{
    /// <summary>A recommender over the data folder (the nearest data/ when null), its builtin examples voting.</summary>
    public static CategoryRecommender Recommender(string? dataDirectory, string? learnedModel = Core.Learning.LearnedModelFile.DefaultPath)
    {
        var data = RecommenderModel.LocateDataDirectory(dataDirectory, Environment.CurrentDirectory);
        var model = RecommenderModel.Load(data, learnedModel);
        return new CategoryRecommender(model, new InMemoryCategoryIndex(model.CategoryVectors), new RankingOptions(),
            InMemoryExampleIndex.FromCorpusFolder(model, data));
    }

    /// <summary>An auditor with the default thresholds.</summary>
    public static CategoryAuditor Auditor(string? dataDirectory) => new(Recommender(dataDirectory), new AuditOptions());
}
