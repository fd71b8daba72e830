using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// How categories are laid out in Qdrant: one point per category, id derived from the category id,
/// named vectors <c>concepts</c> (dense), <c>terms</c> (sparse) and, when a neural embedder is added,
/// <c>neural</c> (dense); payload with the ids and titles a reader needs without the catalog.
/// </summary>
public static class CategoryCollection
{
    /// <summary>The dense, language-independent concept vector.</summary>
    public const string ConceptsVector = "concepts";

    /// <summary>The sparse vector of stems.</summary>
    public const string TermsVector = "terms";

    /// <summary>Reserved for an optional neural sentence embedding.</summary>
    public const string NeuralVector = "neural";

    /// <summary>Payload field: canonical category id (<c>ru-cca:13</c>).</summary>
    public const string CategoryIdField = "categoryId";

    /// <summary>Payload field: programme id, keyword-indexed for filtering.</summary>
    public const string ProgramField = "program";

    /// <summary>Payload field: the programme's language, keyword-indexed.</summary>
    public const string LanguageField = "language";

    /// <summary>Payload fields with a keyword index.</summary>
    public static IReadOnlyList<string> IndexedFields { get; } = [ProgramField, LanguageField];

    /// <summary>Collection metadata: the hash of the catalog the collection was built from.</summary>
    public const string CatalogHashKey = "catalogHash";

    /// <summary>Collection metadata: the category ids of each programme the collection was built from.</summary>
    public const string CatalogProgrammesKey = "catalogProgrammes";

    /// <summary>Prefix of every versioned collection behind <paramref name="alias"/>.</summary>
    public static string VersionPrefix(string alias) => $"{alias}-v";

    /// <summary>The collection metadata that carries <paramref name="fingerprint"/>.</summary>
    public static Dictionary<string, Value> Metadata(CatalogFingerprint fingerprint)
    {
        var programmes = new Struct();
        foreach (var (programme, categories) in fingerprint.Programmes)
        {
            var ids = new ListValue();
            foreach (var id in categories) ids.Values.Add(id);
            programmes.Fields[programme] = new Value { ListValue = ids };
        }
        return new() { [CatalogHashKey] = fingerprint.Hash, [CatalogProgrammesKey] = new Value { StructValue = programmes } };
    }

    /// <summary>The fingerprint a collection's <paramref name="metadata"/> carries; null when it carries none (or not in this form).</summary>
    public static CatalogFingerprint? FingerprintOf(IReadOnlyDictionary<string, Value> metadata)
    {
        if (!metadata.TryGetValue(CatalogHashKey, out var hash) || hash.KindCase != Value.KindOneofCase.StringValue
            || !metadata.TryGetValue(CatalogProgrammesKey, out var programmes) || programmes.KindCase != Value.KindOneofCase.StructValue)
            return null;
        var byProgramme = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (programme, ids) in programmes.StructValue.Fields)
        {
            if (ids.KindCase != Value.KindOneofCase.ListValue) return null;
            byProgramme[programme] = [.. ids.ListValue.Values.Select(v => v.StringValue)];
        }
        return new CatalogFingerprint(byProgramme, hash.StringValue);
    }

    /// <summary>The dense vectors, compared by cosine; <paramref name="neuralDimensions"/> adds the neural one.</summary>
    public static VectorParamsMap DenseVectors(int conceptDimensions, int? neuralDimensions = null)
    {
        var map = new VectorParamsMap { Map = { [ConceptsVector] = Cosine(conceptDimensions) } };
        if (neuralDimensions is { } n) map.Map[NeuralVector] = Cosine(n);
        return map;
    }

    /// <summary>The sparse vectors.</summary>
    public static SparseVectorConfig SparseVectors() => new() { Map = { [TermsVector] = new SparseVectorParams() } };

    /// <summary>The sparse vectors of a collection of examples: the terms, and the example vector the vote searches by (dot product of unit vectors).</summary>
    public static SparseVectorConfig ExampleSparseVectors() => new()
    {
        Map = { [TermsVector] = new SparseVectorParams(), [Examples.ExampleVectors.QdrantVectorName] = new SparseVectorParams() },
    };

    /// <summary>The point of one category; <paramref name="neural"/> adds its neural vector.</summary>
    public static PointStruct ToPoint(CategoryVectors vectors, Programme programme, float[]? neural = null)
    {
        var c = vectors.Category;
        var named = new Dictionary<string, Vector> { [ConceptsVector] = vectors.Concepts };
        // An empty sparse vector says nothing; leaving it out keeps Qdrant from storing a void entry.
        if (vectors.Terms.Indices.Length > 0) named[TermsVector] = (vectors.Terms.Values, vectors.Terms.Indices);
        if (neural is not null) named[NeuralVector] = neural;
        return new PointStruct
        {
            Id = DeterministicPointId.FromKey(c.Id),
            Vectors = named,
            Payload =
            {
                [CategoryIdField] = c.Id,
                [ProgramField] = c.ProgrammeId,
                ["code"] = c.Code,
                [LanguageField] = programme.Language,
                ["title"] = c.Title,
                ["titleEn"] = c.TitleEn,
            },
        };
    }

    private static VectorParams Cosine(int size) => new() { Size = (ulong)size, Distance = Distance.Cosine };
}
