using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// The confidence used when no learned model is present: a logistic curve of the adjusted similarity
/// (<see cref="RankingOptions.ConfidenceMidpoint"/>, <see cref="RankingOptions.ConfidenceSteepness"/>),
/// and no-match from similarity thresholds and the text's domain signal. Not calibrated: its numbers
/// order candidates well but do not say how often the first one is right.
/// </summary>
public sealed class LogisticCurveConfidence(RankingOptions options) : IConfidenceModel
{
    /// <inheritdoc />
    public string Name => "logistic-curve";

    /// <inheritdoc />
    public double NoMatchCeiling => 0.2;

    /// <inheritdoc />
    public double Probability(in CandidateFeatures candidate) =>
        1 / (1 + Math.Exp(-options.ConfidenceSteepness * (candidate.Adjusted - options.ConfidenceMidpoint)));

    /// <inheritdoc />
    public bool IsNoMatch(in CandidateFeatures best, double probability) =>
        best.Similarity < options.MinSimilarity
        || (best.DomainSignal < options.LowDomainSignal && best.Similarity < options.LowSignalMinSimilarity);
}
