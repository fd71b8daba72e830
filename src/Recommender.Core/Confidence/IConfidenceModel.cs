namespace CategoryMatch.Core.Confidence;

/// <summary>
/// Turns a ranked candidate's features into the confidence (0..1) that it is the right category, and
/// decides whether the best candidate is too weak to count as a match at all.
/// </summary>
public interface IConfidenceModel
{
    /// <summary>A short name for reports, e.g. <c>logistic-curve</c> or <c>learned (confidence-v2.zip)</c>.</summary>
    string Name { get; }

    /// <summary>Confidence 0..1 that the candidate described by <paramref name="candidate"/> is right.</summary>
    double Probability(in CandidateFeatures candidate);

    /// <summary>The most confidence any candidate is given when nothing fits.</summary>
    double NoMatchCeiling { get; }

    /// <summary>True when nothing fits: the best candidate, with confidence <paramref name="probability"/>, is too weak.</summary>
    bool IsNoMatch(in CandidateFeatures best, double probability);
}
