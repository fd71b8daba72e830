using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// Finds a programme's labelled examples nearest to a text: in memory (the embedded default) or in Qdrant.
/// Examples written to the store are found by the next call; nothing is retrained.
/// </summary>
public interface IExampleNeighbours
{
    /// <summary>The <paramref name="k"/> examples of <paramref name="program"/> nearest to <paramref name="entry"/>, nearest first.</summary>
    ValueTask<IReadOnlyList<ExampleNeighbour>> NearestAsync(string program, EncodedEntry entry, int k, CancellationToken cancellationToken = default);
}
