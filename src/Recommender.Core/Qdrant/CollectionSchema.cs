namespace CategoryMatch.Core.Qdrant;

/// <summary>The named vectors of a collection: dense ones (compared by cosine) and sparse ones.</summary>
/// <param name="DenseVectors">Name and dimension of each dense vector.</param>
/// <param name="SparseVectors">Name of each sparse vector.</param>
public sealed record CollectionSchema(IReadOnlyDictionary<string, int> DenseVectors, IReadOnlyList<string> SparseVectors);
