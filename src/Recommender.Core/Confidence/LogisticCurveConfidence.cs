using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// The confidence used when no learned ranking is loaded: a logistic curve of the adjusted similarity
/// (<see cref="RankingOptions.ConfidenceMidpoint"/>, <see cref="RankingOptions.ConfidenceSteepness"/>),
/// and no-match from similarity thresholds and the text's domain signal. Not calibrated: its numbers
/// order candidates well but do not say how often the first one is right.
/// </summary>
public sealed class LogisticCurveConfidence(RankingOptions options)
{
    /// <summary>The most confidence any candidate is given when nothing fits.</summary>
    public double NoMatchCeiling => 0.2;

    /// <summary>Confidence 0..1 that the candidate is right, by its adjusted similarity.</summary>
    public double Probability(in CandidateFeatures candidate) =>
        1 / (1 + Math.Exp(-options.ConfidenceSteepness * (candidate.Adjusted - options.ConfidenceMidpoint)));

    /// <summary>True when nothing fits: the best candidate's similarity is too weak for the text's domain signal.</summary>
    public bool IsNoMatch(in CandidateFeatures best, double probability) =>
        best.Similarity < options.MinSimilarity
        || (best.DomainSignal < options.LowDomainSignal && best.Similarity < options.LowSignalMinSimilarity);
}
