using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Writes the JSON bodies of Qdrant's REST API (https://api.qdrant.tech) straight to UTF-8; vector
/// names are data, not properties, so a writer reads more plainly than DTOs with dictionaries.
/// </summary>
internal static class QdrantRequestBodies
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpContent CreateCollection(CollectionSchema schema) => Write(w =>
    {
        w.WriteStartObject("vectors");
        foreach (var (name, size) in schema.DenseVectors)
        {
            w.WriteStartObject(name);
            w.WriteNumber("size", size);
            w.WriteString("distance", "Cosine");
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("sparse_vectors");
        foreach (var name in schema.SparseVectors)
        {
            w.WriteStartObject(name);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    public static HttpContent SwitchAlias(string alias, string collection) => Write(w =>
    {
        // Both actions in one request: Qdrant applies them atomically, so readers never see no alias.
        w.WriteStartArray("actions");
        w.WriteStartObject();
        w.WriteStartObject("delete_alias");
        w.WriteString("alias_name", alias);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteStartObject("create_alias");
        w.WriteString("collection_name", collection);
        w.WriteString("alias_name", alias);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    });

    public static HttpContent KeywordIndex(string field) => Write(w =>
    {
        w.WriteString("field_name", field);
        w.WriteString("field_schema", "keyword");
    });

    public static HttpContent Upsert(IEnumerable<QdrantPoint> points) => Write(w =>
    {
        w.WriteStartArray("points");
        foreach (var point in points)
        {
            w.WriteStartObject();
            w.WriteString("id", point.Id);
            w.WriteStartObject("vector");
            foreach (var (name, vector) in point.Dense) WriteDense(w, name, vector);
            // An empty sparse vector says nothing; leaving it out keeps Qdrant from storing a void entry.
            foreach (var (name, vector) in point.Sparse)
                if (vector.Indices.Length > 0) WriteSparse(w, name, vector);
            w.WriteEndObject();
            w.WriteStartObject("payload");
            foreach (var (key, value) in point.Payload) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static HttpContent Query(HybridQuery query) => Write(w =>
    {
        var searches = query.Dense.Select(d => (d.Key, Dense: (float[]?)d.Value, Sparse: (SparseVector?)null))
            .Concat(query.Sparse.Where(s => s.Value.Indices.Length > 0).Select(s => (s.Key, Dense: (float[]?)null, Sparse: (SparseVector?)s.Value)))
            .ToList();
        if (searches.Count == 0) throw new ArgumentException("A query needs at least one non-empty vector.", nameof(query));
        if (searches.Count == 1)
        {
            WriteSearch(w, searches[0].Key, searches[0].Dense, searches[0].Sparse);
        }
        else
        {
            // Each vector retrieves its own candidates (filtered, so another programme cannot crowd
            // them out); reciprocal-rank fusion merges the lists.
            w.WriteStartArray("prefetch");
            foreach (var (name, dense, sparse) in searches)
            {
                w.WriteStartObject();
                WriteSearch(w, name, dense, sparse);
                w.WriteNumber("limit", query.Limit);
                WriteFilter(w, query.MustMatch);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("query");
            w.WriteString("fusion", "rrf");
            w.WriteEndObject();
        }
        w.WriteNumber("limit", query.Limit);
        WriteFilter(w, query.MustMatch);
        if (query.PayloadFields is { Count: > 0 } fields)
        {
            w.WriteStartArray("with_payload");
            foreach (var field in fields) w.WriteStringValue(field);
            w.WriteEndArray();
        }
        else
        {
            w.WriteBoolean("with_payload", false);
        }
    });

    public static HttpContent ExactCount() => Write(w => w.WriteBoolean("exact", true));

    private static void WriteSearch(Utf8JsonWriter w, string name, float[]? dense, SparseVector? sparse)
    {
        if (dense is not null)
        {
            w.WriteStartArray("query");
            foreach (var v in dense) w.WriteNumberValue(v);
            w.WriteEndArray();
        }
        else
        {
            w.WriteStartObject("query");
            WriteSparseBody(w, sparse!);
            w.WriteEndObject();
        }
        w.WriteString("using", name);
    }

    private static void WriteFilter(Utf8JsonWriter w, IReadOnlyDictionary<string, string>? mustMatch)
    {
        if (mustMatch is not { Count: > 0 }) return;
        w.WriteStartObject("filter");
        w.WriteStartArray("must");
        foreach (var (key, value) in mustMatch)
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteStartObject("match");
            w.WriteString("value", value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDense(Utf8JsonWriter w, string name, float[] vector)
    {
        w.WriteStartArray(name);
        foreach (var v in vector) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void WriteSparse(Utf8JsonWriter w, string name, SparseVector vector)
    {
        w.WriteStartObject(name);
        WriteSparseBody(w, vector);
        w.WriteEndObject();
    }

    private static void WriteSparseBody(Utf8JsonWriter w, SparseVector vector)
    {
        w.WriteStartArray("indices");
        foreach (var i in vector.Indices) w.WriteNumberValue(i);
        w.WriteEndArray();
        w.WriteStartArray("values");
        foreach (var v in vector.Values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static ByteArrayContent Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = Json;
        return content;
    }
}
