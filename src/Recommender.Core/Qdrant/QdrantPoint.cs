using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Qdrant;

/// <summary>A point to write: its id, its named vectors and a flat string payload.</summary>
/// <param name="Id">The point id (see <see cref="PointId"/>).</param>
/// <param name="Dense">Dense vectors by name.</param>
/// <param name="Sparse">Sparse vectors by name.</param>
/// <param name="Payload">Payload fields; strings are all the product stores.</param>
public sealed record QdrantPoint(
    Guid Id,
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, SparseVector> Sparse,
    IReadOnlyDictionary<string, string> Payload);
