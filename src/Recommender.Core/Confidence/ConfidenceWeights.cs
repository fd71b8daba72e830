using CategoryMatch.Core.DataFiles;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// A trained confidence model reduced to what prediction needs: a linear score over
/// <see cref="CandidateFeatures"/> and the Platt calibrator that turns it into a probability. Read
/// from the ML.NET model file that <see cref="ConfidenceTrainer"/> writes; computing the dot product
/// here keeps ML.NET off the request path (no prediction engine, no allocation, thread-safe).
/// </summary>
/// <param name="Weights">One weight per slot of the feature vector.</param>
/// <param name="Bias">The linear model's bias.</param>
/// <param name="PlattSlope">Calibrator slope: probability = 1 / (1 + exp(slope × score + offset)).</param>
/// <param name="PlattOffset">Calibrator offset.</param>
/// <param name="Source">The file the weights came from, for reports and errors.</param>
public sealed record ConfidenceWeights(IReadOnlyList<float> Weights, float Bias, double PlattSlope, double PlattOffset, string Source)
{
    /// <summary>Where the product looks for the model, relative to the data folder.</summary>
    public const string DefaultPath = "models/confidence-v2.zip";

    /// <summary>The calibrated probability for <paramref name="features"/>.</summary>
    public double Probability(in CandidateFeatures features)
    {
        Span<float> x = stackalloc float[CandidateFeatures.Count];
        features.CopyTo(x);
        double score = Bias;
        for (var i = 0; i < x.Length; i++) score += Weights[i] * x[i];
        return 1 / (1 + Math.Exp(PlattSlope * score + PlattOffset));
    }

    /// <summary>
    /// Reads a model file written by <see cref="ConfidenceTrainer.Save"/>. Anything else (a truncated
    /// file, another kind of model, a model for a different feature vector) throws
    /// <see cref="DataFileException"/> naming the file.
    /// </summary>
    public static ConfidenceWeights Load(string path)
    {
        ITransformer transformer;
        try
        {
            transformer = new MLContext().Model.Load(path, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DataFileException($"{path}: the confidence model cannot be read ({e.GetType().Name}: {e.Message}). " +
                "Train it again with `categorymatch train-confidence`, or remove the file to fall back to the logistic curve.");
        }
        return From(transformer, path);
    }

    /// <summary>Extracts the weights from a trained or loaded model; <paramref name="source"/> names it in errors.</summary>
    public static ConfidenceWeights From(ITransformer transformer, string source)
    {
        if (transformer is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> predictor)
            throw new DataFileException($"{source}: not a confidence model (expected a calibrated linear binary classifier, found {transformer.GetType().Name}).");
        var weights = predictor.Model.SubModel.Weights;
        if (weights.Count != CandidateFeatures.Count)
            throw new DataFileException($"{source}: the confidence model reads {weights.Count} features, this version computes {CandidateFeatures.Count}. Train it again with `categorymatch train-confidence`.");
        return new ConfidenceWeights(weights.ToArray(), predictor.Model.SubModel.Bias,
            predictor.Model.Calibrator.Slope, predictor.Model.Calibrator.Offset, source);
    }
}
