using System.Collections.Concurrent;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;
using Microsoft.ML;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// The confidence model as held-out evaluation trains it: once per fold, on that fold's examples only.
/// Candidate features do not depend on the confidence model, so each example is ranked once and its
/// rows reused by every fold that trains on it.
/// </summary>
public static class ConfidenceFolds
{
    /// <summary>A trainer that fits the confidence model on a fold and returns a recommender using it.</summary>
    public static RecommenderTrainer Trainer(RecommenderModel model, RankingOptions options, int seed = 1)
    {
        var untrained = model.WithConfidence(null);
        var index = new InMemoryCategoryIndex(untrained.CategoryVectors);
        var ranker = new CategoryRecommender(untrained, index, options);
        var rows = new ConcurrentDictionary<string, List<ConfidenceExample>>(StringComparer.Ordinal);
        return training =>
        {
            var fold = training.AsParallel().AsOrdered()
                .SelectMany(e => rows.GetOrAdd(e.Id, _ => ConfidenceTrainer.Examples(ranker, [e.ToCase("plain")])))
                .ToList();
            var weights = ConfidenceWeights.From(ConfidenceTrainer.Fit(new MLContext(seed), fold), "fold");
            return new CategoryRecommender(model.WithConfidence(weights), index, options);
        };
    }
}
