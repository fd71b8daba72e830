using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Ranking;

/// <summary>What the ranking knows of a candidate before any model weighs it.</summary>
/// <param name="Scored">The category with its catalog similarities.</param>
/// <param name="Programme">The category's programme.</param>
/// <param name="Eligible">False when the text states something the category excludes.</param>
/// <param name="FitsStatedSize">The headcount the text states is within the category's size bounds.</param>
/// <param name="RuleTarget">A programme rule that holds for the text sends entries here.</param>
/// <param name="RuleSource">A rule of this category holds for the text.</param>
public readonly record struct CandidateFacts(ScoredCategory Scored, Programme Programme, bool Eligible, bool FitsStatedSize, bool RuleTarget, bool RuleSource);
