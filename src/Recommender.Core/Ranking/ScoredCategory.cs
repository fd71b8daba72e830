using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Ranking;

/// <summary>A category retrieved for an entry, with the similarities behind its score.</summary>
/// <param name="Category">The category.</param>
/// <param name="ConceptSimilarity">Cosine of the concept vectors (language-independent).</param>
/// <param name="TermSimilarity">Cosine of the term vectors (same-language and English wording).</param>
public sealed record ScoredCategory(Category Category, float ConceptSimilarity, float TermSimilarity)
{
    /// <summary>Weight of meaning over wording in the fused score; meaning is what crosses languages.</summary>
    public const float ConceptShare = 0.7f;

    /// <summary>The fused similarity, 0..1.</summary>
    public float Similarity => ConceptShare * ConceptSimilarity + (1 - ConceptShare) * TermSimilarity;
}
