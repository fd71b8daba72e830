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
        return (await SearchManyAsync([new CategorySearch(entry, programmeId)], cancellationToken))[0];
    }

    /// <inheritdoc />
    /// <remarks>
    /// The inner index answers all searches at once; each text is still embedded on its own, since a batch's
    /// padding moves the model's floats slightly, and a batch must rank exactly as single requests do.
    /// </remarks>
    public async ValueTask<IReadOnlyList<IReadOnlyList<ScoredCategory>>> SearchManyAsync(IReadOnlyList<CategorySearch> searches, CancellationToken cancellationToken = default)
    {
        var found = await inner.SearchManyAsync(searches, cancellationToken);
        var results = new IReadOnlyList<ScoredCategory>[found.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var candidates = found[i];
            if (candidates.Count == 0)
            {
                results[i] = candidates;
                continue;
            }
            var query = (await generator.GenerateAsync([searches[i].Entry.Analysis.Text], QueryOptions, cancellationToken))[0].Vector;
            var scored = new List<ScoredCategory>(candidates.Count);
            foreach (var candidate in candidates)
                scored.Add(candidate with { NeuralSimilarity = Cosine(query.Span, categories.Of(candidate.Category.Id)), NeuralWeight = _weight });
            // Stable, so categories that tie keep the inner index's order (and a zero weight changes nothing).
            results[i] = scored.OrderByDescending(c => c.Similarity).ToList();
        }
        return results;
    }

    // A text with no word the model knows embeds to zeros: it resembles nothing, rather than NaN.
    private static float Cosine(ReadOnlySpan<float> query, float[]? category)
    {
        if (category is null || category.Length != query.Length) return 0f;
        var norms = TensorPrimitives.Norm(query) * TensorPrimitives.Norm(category);
        return norms > 0 ? TensorPrimitives.Dot(query, category) / norms : 0f;
    }
}
