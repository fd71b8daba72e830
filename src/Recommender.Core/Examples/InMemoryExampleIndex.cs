using System.Collections.Immutable;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The embedded nearest-example index: every programme's examples in memory as an immutable snapshot
/// (<see cref="ExampleSnapshot"/>), swapped atomically when examples are written. A lookup reads the
/// snapshot current when it starts and never waits for a writer; writers take turns. Holds no text:
/// only ids, categories, sources and <see cref="ExampleVectors"/> postings.
/// </summary>
public sealed class InMemoryExampleIndex : IExampleNeighbours, IExampleSink
{
    private readonly Func<string, EncodedEntry> _encode;
    private readonly Lock _write = new();
    private ImmutableDictionary<string, ExampleSnapshot> _programmes = ImmutableDictionary.Create<string, ExampleSnapshot>(StringComparer.Ordinal);

    // Per-thread scratch: each example's similarity while one text is scored.
    [ThreadStatic] private static float[]? t_scores;

    /// <summary>An empty index that encodes examples' texts with <paramref name="model"/>'s encoder.</summary>
    public InMemoryExampleIndex(RecommenderModel model) : this(text => model.Encoder.Encode(text))
    {
    }

    /// <summary>An empty index that encodes examples' texts with <paramref name="encode"/>.</summary>
    public InMemoryExampleIndex(Func<string, EncodedEntry> encode) => _encode = encode;

    /// <summary>
    /// An index holding every in-domain text of <paramref name="examples"/> as a builtin example of its
    /// first expected category (out-of-domain texts have no category to vote for). Texts that
    /// <paramref name="encoded"/> already holds are not encoded again.
    /// </summary>
    public static InMemoryExampleIndex Builtin(RecommenderModel model, IEnumerable<CorpusExample> examples, EncodedCorpus? encoded = null)
    {
        var index = new InMemoryExampleIndex(model);
        var inDomain = examples.Where(e => e.InDomain).ToList();
        var vectors = new SparseVector[inDomain.Count];
        Parallel.For(0, inDomain.Count, i => vectors[i] = ExampleVectors.Of(encoded?.Entry(inDomain[i]) ?? model.Encoder.Encode(inDomain[i].Text)));
        index.Upsert(inDomain.Select((e, i) => new IndexedExample(e.Id, e.Program, e.Expected[0], ExampleSource.Builtin, vectors[i])));
        return index;
    }

    /// <summary>
    /// An index holding the builtin corpus of <c>examples</c> under <paramref name="dataDirectory"/> (empty when
    /// the folder does not exist). A broken corpus line throws <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static InMemoryExampleIndex FromCorpusFolder(RecommenderModel model, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "examples");
        return Directory.Exists(folder)
            ? Builtin(model, LabelledCorpus.Read(folder, model.Catalog).Examples)
            : new InMemoryExampleIndex(model);
    }

    /// <summary>Examples of every programme.</summary>
    public int Count => Volatile.Read(ref _programmes).Values.Sum(s => s.Count);

    /// <summary>Examples of <paramref name="program"/>.</summary>
    public int CountOf(string program) => Volatile.Read(ref _programmes).GetValueOrDefault(program)?.Count ?? 0;

    /// <summary>Examples of <paramref name="program"/> from <paramref name="source"/>.</summary>
    public int CountOf(string program, ExampleSource source) =>
        Volatile.Read(ref _programmes).GetValueOrDefault(program)?.Sources.Count(s => s == source) ?? 0;

    /// <summary>
    /// Adds or replaces (by programme and id) <paramref name="examples"/>, encoding each text once (unless its
    /// store already did: <see cref="LabelledExample.Vector"/>); the next lookup finds them. Returns how many
    /// were new and how many replaced one already held.
    /// </summary>
    public (int Added, int Updated) Upsert(IEnumerable<LabelledExample> examples)
    {
        var list = examples as IReadOnlyList<LabelledExample> ?? [.. examples];
        var indexed = new IndexedExample[list.Count];
        // Encoding is the slow part and needs no lock.
        Parallel.For(0, list.Count, i => indexed[i] = new IndexedExample(list[i].Id, list[i].Program, list[i].CategoryId, list[i].Source,
            list[i].Vector ?? ExampleVectors.Of(_encode(list[i].Text))));
        return Upsert(indexed);
    }

    /// <summary>Adds or replaces examples already encoded (a store that keeps their vectors).</summary>
    public (int Added, int Updated) Upsert(IEnumerable<IndexedExample> examples)
    {
        int added = 0, updated = 0;
        lock (_write)
        {
            var next = _programmes;
            foreach (var group in examples.GroupBy(e => e.Program, StringComparer.Ordinal))
            {
                var current = next.GetValueOrDefault(group.Key) ?? ExampleSnapshot.Empty;
                var batch = group.ToList();
                foreach (var id in batch.Select(e => e.Id).Distinct(StringComparer.Ordinal))
                    if (current.Contains(id)) updated++;
                    else added++;
                next = next.SetItem(group.Key, current.With(batch, []));
            }
            Volatile.Write(ref _programmes, next);
        }
        return (added, updated);
    }

    /// <summary>Removes the example <paramref name="id"/> of <paramref name="program"/>; false when it was not there.</summary>
    public bool Remove(string program, string id)
    {
        lock (_write)
        {
            if (_programmes.GetValueOrDefault(program) is not { } current || !current.Contains(id)) return false;
            Volatile.Write(ref _programmes, _programmes.SetItem(program, current.With([], [id])));
            return true;
        }
    }

    /// <inheritdoc />
    /// <remarks>A store's durable write reaches the next lookup.</remarks>
    void IExampleSink.Upserted(IReadOnlyList<LabelledExample> examples) => Upsert(examples);

    /// <inheritdoc />
    void IExampleSink.Removed(string program, string id) => Remove(program, id);

    /// <inheritdoc />
    /// <remarks>Answers synchronously: the ValueTask is complete when returned.</remarks>
    public ValueTask<IReadOnlyList<ExampleNeighbour>> NearestAsync(string program, EncodedEntry entry, int k, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Nearest(program, ExampleVectors.Of(entry), k));

    /// <summary>
    /// The <paramref name="k"/> examples of <paramref name="program"/> most similar to <paramref name="query"/>
    /// (an <see cref="ExampleVectors"/> vector), nearest first (ties: the example indexed first), then those
    /// of each category's k most similar organiser examples (among the programme's <see cref="ExampleNeighbour.PoolOf"/>(k) most
    /// similar) not among them (<see cref="IExampleNeighbours.NearestAsync"/>);
    /// with <paramref name="accept"/>, only examples whose id it accepts (held-out protocols leave texts out).
    /// </summary>
    public IReadOnlyList<ExampleNeighbour> Nearest(string program, SparseVector query, int k, Func<string, bool>? accept = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0 || Volatile.Read(ref _programmes).GetValueOrDefault(program) is not { Count: > 0 } snapshot) return [];
        var scores = t_scores is { } s && s.Length >= snapshot.Count ? s : t_scores = new float[Math.Max(snapshot.Count, 1024)];
        var span = scores.AsSpan(0, snapshot.Count);
        span.Clear();
        snapshot.Accumulate(query, span);

        // One pass keeps the k best of all and, when the programme has organiser examples, the PoolOf(k) best of those.
        var best = new TopK(k);
        var organisers = snapshot.OrganiserCount > 0 ? new TopK(ExampleNeighbour.PoolOf(k)) : null;   // most programmes have none
        for (var d = 0; d < span.Length; d++)
        {
            var score = span[d];
            var organiser = organisers is not null && snapshot.Sources[d] == ExampleSource.Organiser;
            if (score <= 0 || (!best.Takes(score) && !(organiser && organisers!.Takes(score)))) continue;
            if (accept is not null && !accept(snapshot.Ids[d])) continue;
            best.Add(score, d);
            if (organiser) organisers!.Add(score, d);
        }
        if (organisers is { } pool && pool.Items().Count > 0)
        {
            var docs = best.Docs();
            foreach (var (score, d) in ExampleNeighbour.EachCategorysNearest(pool.Items(), i => snapshot.Categories[i.Doc], k))
                if (!docs.Contains(d)) best.Append(score, d);
        }
        var found = best.Items();
        var neighbours = new ExampleNeighbour[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var (score, d) = found[i];
            neighbours[i] = new ExampleNeighbour(snapshot.Ids[d], snapshot.Categories[d], Math.Min(score, 1f), snapshot.Sources[d]);
        }
        return neighbours;
    }
}
