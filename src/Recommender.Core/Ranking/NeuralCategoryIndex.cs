using System.Numerics.Tensors;
using CategoryMatch.Core.Encoding;
using Microsoft.Extensions.AI;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Adds a neural sentence embedder's opinion to any <see cref="ICategoryIndex"/>: the inner index
/// (embedded or Qdrant) retrieves and scores as before; this embeds the entry's text as a query and
/// sets each candidate's <see cref="ScoredCategory.NeuralSimilarity"/> against the category's
/// precomputed passage vector, with <paramref name="weight"/> as its share of the fused similarity.
/// A decorator rather than a flag, so the built-in path carries no trace of it when no model is configured.
/// </summary>
/// <param name="inner">The index that retrieves and scores the candidates.</param>
/// <param name="generator">The neural embedder.</param>
/// <param name="categories">Every category's neural vector, from the same embedder.</param>
/// <param name="weight">Share of the neural similarity in the fused similarity, 0..1.</param>
public sealed class NeuralCategoryIndex(ICategoryIndex inner, IEmbeddingGenerator<string, Embedding<float>> generator,
    CategoryNeuralVectors categories, float weight) : ICategoryIndex
{
    private static readonly EmbeddingGenerationOptions QueryOptions = EmbeddingPurpose.For(EmbeddingPurpose.Query);
    private readonly float _weight = weight is >= 0 and <= 1
        ? weight
        : throw new ArgumentOutOfRangeException(nameof(weight), weight, "The neural weight is a share, 0..1.");

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var candidates = await inner.SearchAsync(entry, programmeId, cancellationToken);
        if (candidates.Count == 0) return candidates;

        var query = (await generator.GenerateAsync([entry.Analysis.Text], QueryOptions, cancellationToken))[0].Vector;
        var scored = new List<ScoredCategory>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var vector = categories.Of(candidate.Category.Id);
            scored.Add(candidate with { NeuralSimilarity = Cosine(query.Span, vector), NeuralWeight = _weight });
        }
        // Stable, so categories that tie keep the inner index's order (and a zero weight changes nothing).
        return scored.OrderByDescending(c => c.Similarity).ToList();
    }

    // A text with no word the model knows embeds to zeros: it resembles nothing, rather than NaN.
    private static float Cosine(ReadOnlySpan<float> query, float[]? category)
    {
        if (category is null || category.Length != query.Length) return 0f;
        var norms = TensorPrimitives.Norm(query) * TensorPrimitives.Norm(category);
        return norms > 0 ? TensorPrimitives.Dot(query, category) / norms : 0f;
    }
}
