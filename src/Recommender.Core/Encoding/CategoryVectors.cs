using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Encoding;

/// <summary>A category's precomputed vectors, in the same spaces as <see cref="EncodedEntry"/>.</summary>
public sealed record CategoryVectors(Category Category, float[] Concepts, SparseVector Terms);
