namespace CategoryMatch.Core.Qdrant;

/// <summary>What <see cref="CategoryIndexWriter"/> did.</summary>
/// <param name="Alias">The alias readers use.</param>
/// <param name="Collection">The new collection the alias now points at.</param>
/// <param name="Replaced">The collection the alias pointed at before, if any.</param>
/// <param name="Dropped">Older versions (and half-built leftovers) deleted afterwards.</param>
/// <param name="Programmes">Programmes written.</param>
/// <param name="Categories">Points written, one per category.</param>
/// <param name="ConceptDimensions">Dimension of the dense concept vectors.</param>
/// <param name="TermWeights">Non-zero entries over all sparse term vectors.</param>
/// <param name="CatalogHash">The hash of the catalog's fingerprint, stored with the collection.</param>
/// <param name="LockWaited">How long the run waited for another indexer's lock.</param>
/// <param name="Elapsed">Wall time of the whole write.</param>
public sealed record CategoryIndexReport(
    string Alias, string Collection, string? Replaced, IReadOnlyList<string> Dropped,
    int Programmes, int Categories, int ConceptDimensions, int TermWeights, string CatalogHash, TimeSpan LockWaited, TimeSpan Elapsed);
