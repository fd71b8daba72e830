namespace CategoryMatch.Core.Examples;

/// <summary>
/// The k best-scored documents seen so far, in a small array kept sorted best first (ties: the one seen
/// first): k is tens, a programme may hold 100,000 examples.
/// </summary>
internal sealed class TopK(int k)
{
    private readonly List<(float Score, int Doc)> _items = new(k);

    /// <summary>True when a document scored <paramref name="score"/> would enter.</summary>
    public bool Takes(float score) => k > 0 && (_items.Count < k || score > _items[^1].Score);

    /// <summary>Adds the document if it enters, dropping the worst when full.</summary>
    public void Add(float score, int doc)
    {
        if (!Takes(score)) return;
        if (_items.Count == k) _items.RemoveAt(k - 1);
        var at = _items.Count;
        while (at > 0 && _items[at - 1].Score < score) at--;
        _items.Insert(at, (score, doc));
    }

    /// <summary>Appends a document past the k (scored no better than the last one held).</summary>
    public void Append(float score, int doc) => _items.Add((score, doc));

    /// <summary>The documents held.</summary>
    public HashSet<int> Docs() => [.. _items.Select(i => i.Doc)];

    /// <summary>The documents held, best first.</summary>
    public IReadOnlyList<(float Score, int Doc)> Items() => _items;
}
