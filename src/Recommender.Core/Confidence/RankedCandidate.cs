using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Confidence;

/// <summary>A candidate as the ranking left it, the input of <see cref="ConfidenceFeatureExtractor"/>.</summary>
/// <param name="Scored">The retrieved category with its similarities.</param>
/// <param name="Adjusted">Similarity after the eligibility penalty and redirect promotions.</param>
/// <param name="Eligible">False when the text states something the category excludes.</param>
/// <param name="Promoted">A redirect rule that fired sends entries to this category.</param>
/// <param name="RuleSource">A rule of this category fired for the text.</param>
public readonly record struct RankedCandidate(ScoredCategory Scored, float Adjusted, bool Eligible, bool Promoted, bool RuleSource);
