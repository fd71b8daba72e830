using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Each writer's in-domain texts per category in a fixed order that mixes languages and genres (a
/// hash of the id; the task sheets' slot order would not): "the first n of a category" is how both
/// the learning curve and the fusion's training pick a writer's texts as an organiser's examples.
/// </summary>
public sealed class WriterExampleOrder
{
    private readonly Dictionary<string, (string Writer, string Category, int Place)> _places = new(StringComparer.Ordinal);

    /// <summary>Orders the in-domain texts of <paramref name="examples"/>.</summary>
    public WriterExampleOrder(IEnumerable<CorpusExample> examples)
    {
        foreach (var group in examples.Where(e => e.InDomain).GroupBy(e => (e.Writer, Category: e.Expected[0])))
        {
            var place = 0;
            foreach (var e in group.OrderBy(e => TermHash.Of("order", e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal))
                _places[e.Id] = (group.Key.Writer, group.Key.Category, place++);
        }
    }

    /// <summary>The writer of a text of the order, or null for a text it does not hold.</summary>
    public string? WriterOf(string id) => _places.TryGetValue(id, out var p) ? p.Writer : null;

    /// <summary>True when <paramref name="id"/> is among the first <paramref name="n"/> of its writer's texts of its category.</summary>
    public bool IsAmongFirst(string id, int n) => _places.TryGetValue(id, out var p) && p.Place < n;

    /// <summary>
    /// True when <paramref name="id"/> is a text of <paramref name="scored"/>'s writer and among the first
    /// <paramref name="n"/> of its category once <paramref name="scored"/> itself is set aside (a text is never its own example).
    /// </summary>
    public bool IsAmongFirst(string id, CorpusExample scored, int n)
    {
        if (id == scored.Id || !_places.TryGetValue(id, out var p) || p.Writer != scored.Writer) return false;
        var place = p.Place;
        if (_places.TryGetValue(scored.Id, out var s) && s.Category == p.Category && s.Place < place) place--;
        return place < n;
    }
}
