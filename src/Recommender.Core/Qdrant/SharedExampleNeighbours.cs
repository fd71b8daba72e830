using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The examples that vote when Qdrant holds them, as every API process sees them: the builtin corpus from
/// memory (it changes only with a deployment, and is what the model was trained with) and organisers'
/// examples from Qdrant at each lookup, so an example acknowledged by any process is used by the next
/// request of every one. A batch's lookups go to Qdrant in query batches.
/// </summary>
public sealed class SharedExampleNeighbours(InMemoryExampleIndex builtin, QdrantExampleStore organisers) : IExampleNeighbours
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ExampleNeighbour>> NearestAsync(string program, EncodedEntry entry, int k, CancellationToken cancellationToken = default) =>
        (await NearestManyAsync([(program, entry)], k, cancellationToken))[0];

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ExampleNeighbour>[]> NearestManyAsync(IReadOnlyList<(string Program, EncodedEntry Entry)> texts, int k,
        CancellationToken cancellationToken = default)
    {
        var fromQdrant = await organisers.NearestOrganisersAsync(texts, k, cancellationToken);
        var lists = new IReadOnlyList<ExampleNeighbour>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
            lists[i] = Merge(builtin.Nearest(texts[i].Program, ExampleVectors.Of(texts[i].Entry), k), fromQdrant[i], k);
        return lists;
    }

    // The k nearest of both lists, then the organisers' not among them (IExampleNeighbours' order: each category's k
    // nearest among the pool Qdrant returned); a tie goes to the builtin example.
    private static IReadOnlyList<ExampleNeighbour> Merge(IReadOnlyList<ExampleNeighbour> builtin, IReadOnlyList<ExampleNeighbour> organisers, int k)
    {
        if (organisers.Count == 0) return builtin;
        var nearest = builtin.Concat(organisers).OrderByDescending(n => n.Similarity).ToList();   // stable: builtin first on ties
        return [.. nearest.Take(k), .. nearest.Skip(k).Where(n => n.Source == ExampleSource.Organiser)];
    }
}
