using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Ranking;

/// <summary>One ranked category for an entry.</summary>
/// <param name="Category">The category.</param>
/// <param name="Score">Confidence 0..1 that this category is right for the entry.</param>
/// <param name="Similarity">The raw fused similarity the rank started from.</param>
/// <param name="RedirectedFrom">The category whose rule sent the entry here, when a rule fired.</param>
/// <param name="Eligible">False when the text states something the category excludes (e.g. too many staff).</param>
/// <param name="Subcategory">The sub-category the text's seats or sector point to, when the category has them.</param>
/// <param name="Evidence">Why: concepts, words, rules and eligibility findings.</param>
/// <param name="SimilarExamples">Where the programme's nearest labelled examples were filed, when their vote decided this recommendation; null otherwise.</param>
public sealed record Recommendation(
    Category Category,
    double Score,
    double Similarity,
    string? RedirectedFrom,
    bool Eligible,
    IReadOnlyList<Subcategory> Subcategory,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<SimilarExample>? SimilarExamples = null);
