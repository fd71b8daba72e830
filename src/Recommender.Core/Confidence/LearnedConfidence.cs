using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// Confidence from the trained model: the calibrated probability that a candidate is right. Nothing
/// matches when the best candidate's probability is below <see cref="RankingOptions.NoMatchProbability"/>,
/// or when the similarity rule of <see cref="LogisticCurveConfidence"/> says so: the training set's
/// out-of-domain texts are short and plain, and on longer ones that borrow the domain's words (a
/// bank's card launch) the probability alone misses most (README, "Confidence").
/// </summary>
public sealed class LearnedConfidence(ConfidenceWeights weights, double noMatchBelow, IConfidenceModel? guard = null) : IConfidenceModel
{
    /// <inheritdoc />
    public string Name => $"learned ({Path.GetFileName(weights.Source)})";

    /// <inheritdoc />
    public double NoMatchCeiling => noMatchBelow;

    /// <inheritdoc />
    public double Probability(in CandidateFeatures candidate) => weights.Probability(candidate);

    /// <inheritdoc />
    public bool IsNoMatch(in CandidateFeatures best, double probability) =>
        probability < noMatchBelow || (guard?.IsNoMatch(best, probability) ?? false);

    /// <summary>The learned model when <paramref name="weights"/> are loaded, else today's logistic curve.</summary>
    public static IConfidenceModel Choose(ConfidenceWeights? weights, RankingOptions options) =>
        weights is null
            ? new LogisticCurveConfidence(options)
            : new LearnedConfidence(weights, options.NoMatchProbability, new LogisticCurveConfidence(options));
}
