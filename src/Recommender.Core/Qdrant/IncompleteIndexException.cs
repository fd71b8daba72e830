using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The category index lacks categories of the programme a request asks about: it was built from another
/// catalog. Answering would silently leave those categories out, so the request fails instead.
/// </summary>
public sealed class IncompleteIndexException(IReadOnlyList<string> programmes, CatalogCoverage coverage)
    : Exception($"{coverage.Describe()} Requests for {string.Join(", ", programmes)} cannot be answered until the indexer is run with this catalog.")
{
    /// <summary>The programmes the request asked about that the index does not hold completely.</summary>
    public IReadOnlyList<string> Programmes { get; } = programmes;

    /// <summary>The missing category ids of those programmes.</summary>
    public IReadOnlyList<string> MissingCategories { get; } = [.. programmes.SelectMany(p => coverage.Missing.GetValueOrDefault(p) ?? [])];

    /// <summary>What the index lacks in all.</summary>
    public CatalogCoverage Coverage { get; } = coverage;
}
