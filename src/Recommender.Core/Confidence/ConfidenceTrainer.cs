using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// Trains the confidence model: every labelled entry is ranked exactly as in production, each candidate
/// of its ranking becomes a row (the expected category positive, every other candidate negative; an
/// entry with no expected category gives only negatives), and an L2-regularised logistic regression
/// (L-BFGS) learns the probability that a candidate is right. Its sigmoid is the calibrator (Platt).
/// </summary>
public static class ConfidenceTrainer
{
    /// <summary>L2 penalty: the rows are few and correlated (one ranking gives many), so keep weights modest.</summary>
    public const float L2Regularization = 0.05f;

    /// <summary>The rows of every case: its candidates in rule order, labelled by the case's expected categories.</summary>
    public static List<ConfidenceExample> Examples(CategoryRecommender recommender, IEnumerable<EvaluationCase> cases)
    {
        var model = recommender.Model;
        var index = new InMemoryCategoryIndex(model.CategoryVectors);
        var rows = new List<ConfidenceExample>();
        foreach (var c in cases)
        {
            var entry = model.Encoder.Encode(c.Text);
            var filed = c.Filed is null ? null : model.Catalog.FindCategory(c.Filed)
                ?? throw new InvalidDataException($"{c.Id}: unknown filed category '{c.Filed}'.");
            var (categories, features) = recommender.Features(entry, index.Search(entry, c.Program), filed);
            for (var i = 0; i < categories.Count; i++)
                rows.Add(new ConfidenceExample(c.Id, categories[i].Id, c.Expected.Contains(categories[i].Id), features[i]));
        }
        return rows;
    }

    /// <summary>Fits the model on <paramref name="rows"/>; deterministic for a given <paramref name="ml"/> seed.</summary>
    public static ITransformer Fit(MLContext ml, IReadOnlyList<ConfidenceExample> rows) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = L2Regularization,
            L1Regularization = 0,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        }).Fit(ToDataView(ml, rows));

    /// <summary>The rows as an ML.NET data view (Label, Features).</summary>
    public static IDataView ToDataView(MLContext ml, IReadOnlyList<ConfidenceExample> rows) =>
        ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Label, Features = r.Features.ToVector() }));

    /// <summary>Writes the model file (creating its folder).</summary>
    public static void Save(MLContext ml, ITransformer model, IReadOnlyList<ConfidenceExample> rows, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        ml.Model.Save(model, ToDataView(ml, rows).Schema, path);
    }

    /// <summary>ML.NET's metrics of <paramref name="model"/> on <paramref name="rows"/> (per candidate row).</summary>
    public static CalibratedBinaryClassificationMetrics Evaluate(MLContext ml, ITransformer model, IReadOnlyList<ConfidenceExample> rows) =>
        ml.BinaryClassification.Evaluate(model.Transform(ToDataView(ml, rows)));

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(CandidateFeatures.Count)]
        public float[] Features { get; set; } = [];
    }
}
