namespace CategoryMatch.Core.Confidence;

/// <summary>One training row: a candidate of a labelled entry's ranking, right or wrong.</summary>
/// <param name="Group">The labelled entry's id (all candidates of one ranking share it; folds split by it).</param>
/// <param name="CategoryId">The candidate category.</param>
/// <param name="Label">True when the candidate is an expected category of the entry.</param>
/// <param name="Features">What the confidence model reads.</param>
public sealed record ConfidenceExample(string Group, string CategoryId, bool Label, CandidateFeatures Features);
