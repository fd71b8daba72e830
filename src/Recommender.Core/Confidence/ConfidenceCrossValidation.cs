using Microsoft.ML;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// K-fold cross-validation over labelled entries (never splitting one ranking across folds): every
/// entry's ranking is scored by a model trained on the other folds. Used to choose thresholds and to
/// decide re-ranking on data the model did not learn from.
/// </summary>
public static class ConfidenceCrossValidation
{
    /// <summary>Held-out probabilities for every entry of <paramref name="rows"/>, grouped by entry in input order.</summary>
    public static IReadOnlyList<HeldOutRanking> Run(MLContext ml, IReadOnlyList<ConfidenceExample> rows, int folds = 5)
    {
        var groups = rows.GroupBy(r => r.Group).Select(g => g.ToList()).ToList();
        var fold = groups.ToDictionary(g => g[0].Group, g => (int)(Fnv1a(g[0].Group) % (uint)folds));
        var probabilities = new Dictionary<string, double[]>();
        for (var k = 0; k < folds; k++)
        {
            var train = rows.Where(r => fold[r.Group] != k).ToList();
            var test = groups.Where(g => fold[g[0].Group] == k).ToList();
            if (test.Count == 0 || train.Count == 0) continue;
            var weights = ConfidenceWeights.From(ConfidenceTrainer.Fit(ml, train), $"fold {k}");
            foreach (var g in test) probabilities[g[0].Group] = [.. g.Select(r => weights.Probability(r.Features))];
        }
        return [.. groups.Where(g => probabilities.ContainsKey(g[0].Group)).Select(g => new HeldOutRanking(g[0].Group, g, probabilities[g[0].Group]))];
    }

    // A stable hash (string.GetHashCode is randomised per process), so folds are the same on every run.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var ch in text) hash = (hash ^ ch) * 16777619u;
        return hash;
    }
}
