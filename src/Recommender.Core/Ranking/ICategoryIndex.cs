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

    /// <summary>
    /// Runs every search of <paramref name="searches"/>; the list at index i answers search i, exactly as
    /// <see cref="SearchAsync"/> would. An index behind a network answers many in few round trips; by
    /// default they run one after another.
    /// </summary>
    async ValueTask<IReadOnlyList<IReadOnlyList<ScoredCategory>>> SearchManyAsync(IReadOnlyList<CategorySearch> searches, CancellationToken cancellationToken = default)
    {
        var results = new IReadOnlyList<ScoredCategory>[searches.Count];
        for (var i = 0; i < results.Length; i++) results[i] = await SearchAsync(searches[i].Entry, searches[i].ProgrammeId, cancellationToken);
        return results;
    }
}
