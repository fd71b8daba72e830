using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// How labelled examples are laid out in Qdrant: one point per example, its id derived from (programme, id) so a
/// re-upload overwrites it, the named vectors of <see cref="CategoryCollection"/> (dense <c>concepts</c>, sparse
/// <c>terms</c>) and a payload with the example itself, keyword-indexed on programme, category and source.
/// </summary>
public static class ExampleCollection
{
    /// <summary>Payload field: the programme.</summary>
    public const string ProgramField = "program";

    /// <summary>Payload field: the example's own id.</summary>
    public const string IdField = "id";

    /// <summary>Payload field: the category.</summary>
    public const string CategoryField = "categoryId";

    /// <summary>Payload field: <c>builtin</c> or <c>organiser</c>.</summary>
    public const string SourceField = "source";

    /// <summary>Payload field: the text (an organiser's is confidential: only the organiser API returns it).</summary>
    public const string TextField = "text";

    /// <summary>Payload field: the language, when known.</summary>
    public const string LangField = "lang";

    /// <summary>Payload fields with a keyword index.</summary>
    public static IReadOnlyList<string> IndexedFields { get; } = [ProgramField, CategoryField, SourceField];

    /// <summary>The point id of example <paramref name="id"/> of <paramref name="program"/>.</summary>
    public static Guid PointId(string program, string id) => DeterministicPointId.FromKey($"example:{program}:{id}");

    /// <summary>The point of <paramref name="example"/> with the vectors of its text.</summary>
    public static PointStruct ToPoint(LabelledExample example, EncodedEntry vectors)
    {
        var named = new Dictionary<string, Vector> { [CategoryCollection.ConceptsVector] = vectors.Concepts };
        if (vectors.Terms.Indices.Length > 0) named[CategoryCollection.TermsVector] = (vectors.Terms.Values, vectors.Terms.Indices);
        // The vector the vote's neighbours are found by: the same as the embedded index's, so both stores agree.
        var searched = ExampleVectors.Of(vectors);
        if (searched.Indices.Length > 0) named[ExampleVectors.QdrantVectorName] = (searched.Values, searched.Indices);
        var point = new PointStruct
        {
            Id = PointId(example.Program, example.Id),
            Vectors = named,
            Payload =
            {
                [ProgramField] = example.Program,
                [IdField] = example.Id,
                [CategoryField] = example.CategoryId,
                [SourceField] = SourceName(example.Source),
                [TextField] = example.Text,
            },
        };
        if (example.Lang is not null) point.Payload[LangField] = example.Lang;
        return point;
    }

    /// <summary>The example a point's payload holds.</summary>
    public static LabelledExample FromPayload(IDictionary<string, Value> payload) => new(
        payload[IdField].StringValue, payload[ProgramField].StringValue, payload[CategoryField].StringValue, payload[TextField].StringValue,
        payload.TryGetValue(LangField, out var lang) ? lang.StringValue : null,
        payload[SourceField].StringValue == "builtin" ? ExampleSource.Builtin : ExampleSource.Organiser);

    /// <summary>The payload value of a source.</summary>
    public static string SourceName(ExampleSource source) => source == ExampleSource.Builtin ? "builtin" : "organiser";
}
