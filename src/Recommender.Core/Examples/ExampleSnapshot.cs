using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// One programme's examples at one moment, never changed once built: an inverted index (for each key,
/// the examples whose vector holds it and the weight there) in flat arrays, so a lookup touches only
/// the postings of the query's keys and readers need no lock. A write builds the next snapshot from
/// this one's postings (no per-example vectors are kept twice).
/// </summary>
internal sealed class ExampleSnapshot
{
    public static readonly ExampleSnapshot Empty = new([], [], [], new Dictionary<uint, int>(), [0], [], []);

    private readonly Dictionary<uint, int> _postingOf;   // key → its posting list's place in _starts
    private readonly int[] _starts;                       // posting list p is [_starts[p], _starts[p + 1])
    private readonly int[] _docs;
    private readonly float[] _weights;
    private readonly Dictionary<string, int> _positions;

    private ExampleSnapshot(string[] ids, string[] categories, ExampleSource[] sources,
        Dictionary<uint, int> postingOf, int[] starts, int[] docs, float[] weights)
    {
        Ids = ids;
        Categories = categories;
        Sources = sources;
        _postingOf = postingOf;
        _starts = starts;
        _docs = docs;
        _weights = weights;
        _positions = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) _positions[ids[i]] = i;
        OrganiserCount = sources.Count(s => s == ExampleSource.Organiser);
    }

    public string[] Ids { get; }

    public string[] Categories { get; }

    public ExampleSource[] Sources { get; }

    public int Count => Ids.Length;

    /// <summary>How many of the examples are organisers'.</summary>
    public int OrganiserCount { get; }

    public bool Contains(string id) => _positions.ContainsKey(id);

    /// <summary>Adds every query key's weight × posting weight to <paramref name="scores"/> (length ≥ <see cref="Count"/>).</summary>
    public void Accumulate(SparseVector query, Span<float> scores)
    {
        for (var q = 0; q < query.Indices.Length; q++)
        {
            if (!_postingOf.TryGetValue(query.Indices[q], out var p)) continue;
            var weight = query.Values[q];
            var docs = _docs.AsSpan(_starts[p], _starts[p + 1] - _starts[p]);
            var weights = _weights.AsSpan(_starts[p], docs.Length);
            for (var j = 0; j < docs.Length; j++) scores[docs[j]] += weight * weights[j];
        }
    }

    /// <summary>
    /// The next snapshot: this one without <paramref name="removed"/> ids and without the ids that
    /// <paramref name="upserts"/> replace, then <paramref name="upserts"/> appended (the last of one id wins).
    /// </summary>
    public ExampleSnapshot With(IReadOnlyList<IndexedExample> upserts, IReadOnlyCollection<string> removed)
    {
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < upserts.Count; i++) latest[upserts[i].Id] = i;
        var added = latest.Values.Order().Select(i => upserts[i]).ToList();

        // Old positions → new ones (-1: dropped), old examples first, in their order.
        var remap = new int[Count];
        var kept = 0;
        for (var i = 0; i < Count; i++)
            remap[i] = latest.ContainsKey(Ids[i]) || removed.Contains(Ids[i]) ? -1 : kept++;
        var total = kept + added.Count;
        var ids = new string[total];
        var categories = new string[total];
        var sources = new ExampleSource[total];
        for (var i = 0; i < Count; i++)
            if (remap[i] >= 0) (ids[remap[i]], categories[remap[i]], sources[remap[i]]) = (Ids[i], Categories[i], Sources[i]);
        for (var i = 0; i < added.Count; i++)
            (ids[kept + i], categories[kept + i], sources[kept + i]) = (added[i].Id, string.Intern(added[i].CategoryId), added[i].Source);

        // Count each key's postings, lay the lists out, then fill them: old postings, then the new vectors.
        var counts = new Dictionary<uint, int>(_postingOf.Count + 64);
        foreach (var (key, p) in _postingOf)
        {
            var n = 0;
            for (var j = _starts[p]; j < _starts[p + 1]; j++) if (remap[_docs[j]] >= 0) n++;
            if (n > 0) counts[key] = n;
        }
        foreach (var e in added)
            foreach (var key in e.Vector.Indices)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
        var postingOf = new Dictionary<uint, int>(counts.Count);
        var starts = new int[counts.Count + 1];
        var next = 0;
        foreach (var (key, n) in counts)
        {
            postingOf[key] = next;
            starts[next + 1] = starts[next] + n;
            next++;
        }
        var docs = new int[starts[^1]];
        var weights = new float[starts[^1]];
        var fill = new int[counts.Count];
        foreach (var (key, p) in _postingOf)
        {
            if (!postingOf.TryGetValue(key, out var to)) continue;
            for (var j = _starts[p]; j < _starts[p + 1]; j++)
            {
                if (remap[_docs[j]] < 0) continue;
                var at = starts[to] + fill[to]++;
                docs[at] = remap[_docs[j]];
                weights[at] = _weights[j];
            }
        }
        for (var i = 0; i < added.Count; i++)
        {
            var v = added[i].Vector;
            for (var j = 0; j < v.Indices.Length; j++)
            {
                var to = postingOf[v.Indices[j]];
                var at = starts[to] + fill[to]++;
                docs[at] = kept + i;
                weights[at] = v.Values[j];
            }
        }
        return new ExampleSnapshot(ids, categories, sources, postingOf, starts, docs, weights);
    }
}
