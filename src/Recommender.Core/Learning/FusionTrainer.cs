using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CategoryMatch.Core.Learning;

/// <summary>Fits the fusion: an L2-regularised logistic regression (ML.NET L-BFGS) over <see cref="FusionFeatures"/>.</summary>
public static class FusionTrainer
{
    /// <summary>Fits on <paramref name="rows"/> (a candidate's features, and whether it is right).</summary>
    public static FusionModel Fit(IReadOnlyList<(float[] Features, bool Label)> rows, LearningOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Label, Features = [.. r.Features] }));
        var trained = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = options.FusionL2,
            L1Regularization = 0,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
            NumberOfThreads = 1,
        }).Fit(data);
        var model = trained.Model;
        return new FusionModel([.. model.SubModel.Weights], model.SubModel.Bias, model.Calibrator.Slope, model.Calibrator.Offset);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(FusionFeatures.Count)]
        public float[] Features { get; set; } = [];
    }
}
