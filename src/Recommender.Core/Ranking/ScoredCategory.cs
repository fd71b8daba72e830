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

    /// <summary>Cosine of the neural sentence embeddings, when a neural model is configured; 0 otherwise.</summary>
    public float NeuralSimilarity { get; init; }

    /// <summary>Share of <see cref="NeuralSimilarity"/> in <see cref="Similarity"/>, 0..1; 0 without a neural model.</summary>
    public float NeuralWeight { get; init; }

    /// <summary>The built-in signals fused: concept and term similarity.</summary>
    public float BuiltInSimilarity => ConceptShare * ConceptSimilarity + (1 - ConceptShare) * TermSimilarity;

    /// <summary>
    /// The fused similarity, 0..1. Without a neural weight it is exactly <see cref="BuiltInSimilarity"/>
    /// (not a product with 1), so rankings without a neural model stay bit-for-bit what they were.
    /// </summary>
    public float Similarity => NeuralWeight == 0
        ? BuiltInSimilarity
        : (1 - NeuralWeight) * BuiltInSimilarity + NeuralWeight * NeuralSimilarity;
}
