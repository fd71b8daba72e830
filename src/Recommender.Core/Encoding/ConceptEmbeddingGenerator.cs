using Microsoft.Extensions.AI;

namespace CategoryMatch.Core.Encoding;

/// <summary>
/// The built-in multilingual embedder behind the standard <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
/// contract: each text becomes its unit-length concept vector, so texts of any of the five languages
/// land in one space. Other embedders (a neural model) plug in through the same interface.
/// </summary>
public sealed class ConceptEmbeddingGenerator(EntryEncoder encoder) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model id reported in metadata and on each embedding.</summary>
    public const string ModelId = "categorymatch-concepts";

    private readonly EmbeddingGeneratorMetadata _metadata =
        new("CategoryMatch", defaultModelId: ModelId, defaultModelDimensions: encoder.Dimensions);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(encoder.Encode(value).Concepts)
            {
                ModelId = ModelId,
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        return Task.FromResult(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(EntryEncoder) ? encoder
        : null;

    /// <inheritdoc />
    public void Dispose() { }
}
