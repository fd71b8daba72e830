using System.Collections.Frozen;
using CategoryMatch.Core.Catalog;
using Microsoft.Extensions.AI;

namespace CategoryMatch.Core.Encoding;

/// <summary>
/// Every category's vector from a neural sentence embedder, computed once from the category's own
/// words (title, English summary, description) embedded as passages. Immutable, shared by all requests.
/// </summary>
public sealed class CategoryNeuralVectors
{
    private readonly FrozenDictionary<string, float[]> _vectors;

    private CategoryNeuralVectors(FrozenDictionary<string, float[]> vectors, int dimensions, string? modelId)
    {
        _vectors = vectors;
        Dimensions = dimensions;
        ModelId = modelId;
    }

    /// <summary>Number of dimensions of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The model the vectors came from, when the embedder says.</summary>
    public string? ModelId { get; }

    /// <summary>How many categories have a vector.</summary>
    public int Count => _vectors.Count;

    /// <summary>The vector of <paramref name="categoryId"/>, or null when the category has none.</summary>
    public float[]? Of(string categoryId) => _vectors.GetValueOrDefault(categoryId);

    /// <summary>
    /// Embeds every category of <paramref name="model"/> with <paramref name="generator"/> as
    /// <see cref="EmbeddingPurpose.Passage"/>s and checks that each vector has the same length.
    /// </summary>
    public static async Task<CategoryNeuralVectors> BuildAsync(RecommenderModel model,
        IEmbeddingGenerator<string, Embedding<float>> generator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(generator);
        var categories = model.Catalog.Categories;
        var embeddings = await generator.GenerateAsync(categories.Select(PassageOf),
            EmbeddingPurpose.For(EmbeddingPurpose.Passage), cancellationToken);
        if (embeddings.Count != categories.Count)
            throw new InvalidOperationException($"The embedder returned {embeddings.Count} vectors for {categories.Count} categories.");

        var dimensions = embeddings.Count > 0 ? embeddings[0].Vector.Length : 0;
        var vectors = new Dictionary<string, float[]>(categories.Count, StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            var vector = embeddings[i].Vector.ToArray();
            if (vector.Length != dimensions)
                throw new InvalidOperationException($"The embedder returned {vector.Length} dimensions for '{categories[i].Id}', {dimensions} for the first category.");
            vectors[categories[i].Id] = vector;
        }
        return new CategoryNeuralVectors(vectors.ToFrozenDictionary(StringComparer.Ordinal), dimensions,
            embeddings.Count > 0 ? embeddings[0].ModelId : null);
    }

    /// <summary>
    /// The passage a category is embedded from. Its redirect notes say what does NOT belong in it
    /// ("for AI solutions choose 13"), so, as for the concept vectors, their words are left out.
    /// </summary>
    public static string PassageOf(Category category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var description = category.Redirects.Aggregate(category.Description, (text, rule) => text.Replace(rule.Reason, " "));
        return string.Join("\n", new[] { category.Title, category.SummaryEn, description }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part.Trim()));
    }
}
