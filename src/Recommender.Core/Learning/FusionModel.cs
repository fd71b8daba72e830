namespace CategoryMatch.Core.Learning;

/// <summary>
/// The learned fusion: a logistic regression over <see cref="FusionFeatures"/> whose calibrated output
/// is the probability that a candidate is the text's category. Ranking sorts by it and the response's
/// confidence is it.
/// </summary>
/// <param name="Weights">One weight per slot of the feature vector.</param>
/// <param name="Bias">The linear model's bias.</param>
/// <param name="PlattSlope">Calibrator slope: probability = 1 / (1 + exp(slope × score + offset)).</param>
/// <param name="PlattOffset">Calibrator offset.</param>
public sealed record FusionModel(float[] Weights, float Bias, double PlattSlope, double PlattOffset)
{
    /// <summary>The calibrated probability for <paramref name="features"/>.</summary>
    public double Probability(in FusionFeatures features) => 1 / (1 + Math.Exp(-Logit(features)));

    /// <summary>The calibrated probability's logit for <paramref name="features"/>.</summary>
    public double Logit(in FusionFeatures features)
    {
        Span<float> x = stackalloc float[FusionFeatures.Count];
        features.CopyTo(x);
        double score = Bias;
        for (var i = 0; i < x.Length; i++) score += Weights[i] * x[i];
        return -(PlattSlope * score + PlattOffset);
    }

    /// <summary>How much one unit of <see cref="FusionFeatures.OrganiserRelative"/> moves the calibrated logit.</summary>
    public double OrganiserCoefficient => -PlattSlope * Weights[FusionFeatures.OrganiserRelativeSlot];
}
