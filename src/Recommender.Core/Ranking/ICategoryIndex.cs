using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Retrieves the categories most similar to an entry. The embedded index scores every category in
/// process; a vector-database index (Qdrant) can stand in for it behind the same contract.
/// </summary>
public interface ICategoryIndex
{
    /// <summary>
    /// Scores the categories of <paramref name="programmeId"/> (every programme when null) against
    /// <paramref name="entry"/> and returns them best first.
    /// </summary>
    ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default);
}
