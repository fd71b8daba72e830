using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// A nearest-neighbour query over one or more named vectors. With one vector it is a plain dense or
/// sparse query; with several, each becomes a prefetch and the lists are fused by reciprocal rank.
/// </summary>
/// <param name="Dense">Dense query vectors by vector name.</param>
/// <param name="Sparse">Sparse query vectors by vector name; empty vectors are skipped.</param>
/// <param name="Limit">How many points to return (and to prefetch from each vector).</param>
/// <param name="MustMatch">Keyword conditions that every point must meet (payload field → value).</param>
/// <param name="PayloadFields">Payload fields to return; none when empty.</param>
public sealed record HybridQuery(
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, SparseVector> Sparse,
    int Limit,
    IReadOnlyDictionary<string, string>? MustMatch = null,
    IReadOnlyList<string>? PayloadFields = null);
