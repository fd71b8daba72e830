using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// Finds a programme's labelled examples nearest to a text: in memory (the embedded default) or in Qdrant.
/// Examples written to the store are found by the next call; nothing is retrained.
/// </summary>
public interface IExampleNeighbours
{
    /// <summary>
    /// The <paramref name="k"/> examples of <paramref name="program"/> nearest to <paramref name="entry"/>,
    /// nearest first, followed (in order of similarity) by those of each category's k nearest organiser
    /// examples (among the programme's <see cref="ExampleNeighbour.PoolOf"/>(k) nearest) that are not among them:
    /// the organisers' examples always get their own vote, category by category (<see cref="ExampleVote"/>).
    /// </summary>
    ValueTask<IReadOnlyList<ExampleNeighbour>> NearestAsync(string program, EncodedEntry entry, int k, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="NearestAsync"/> for each of <paramref name="texts"/> (a batch: a store across the network
    /// answers many in one round trip); the list at index i answers text i.
    /// </summary>
    async ValueTask<IReadOnlyList<ExampleNeighbour>[]> NearestManyAsync(IReadOnlyList<(string Program, EncodedEntry Entry)> texts, int k,
        CancellationToken cancellationToken = default)
    {
        var lists = new IReadOnlyList<ExampleNeighbour>[texts.Count];
        for (var i = 0; i < texts.Count; i++) lists[i] = await NearestAsync(texts[i].Program, texts[i].Entry, k, cancellationToken);
        return lists;
    }
}
