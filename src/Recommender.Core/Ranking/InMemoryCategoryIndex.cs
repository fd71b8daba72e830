using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>Scores every category in process from precomputed vectors; the catalog is small (tens of categories).</summary>
public sealed class InMemoryCategoryIndex : ICategoryIndex
{
    private readonly CategoryVectors[] _categories;
    // Positions in _categories of each programme's categories, in catalog order, grouped once so a
    // search compares no programme ids.
    private readonly int[] _all;
    private readonly Dictionary<string, int[]> _byProgramme;
    // For each stem, the categories whose term vector holds it and its weight there: an entry's few
    // stems are looked up once, rather than merging its term vector with every category's.
    private readonly Dictionary<uint, TermPosting[]> _postings;

    // Per-thread scratch: each category's term similarity while one entry is scored.
    [ThreadStatic] private static float[]? t_termSimilarities;

    /// <summary>Indexes <paramref name="categories"/>.</summary>
    public InMemoryCategoryIndex(IReadOnlyList<CategoryVectors> categories)
    {
        _categories = [.. categories];
        _all = [.. Enumerable.Range(0, _categories.Length)];
        _byProgramme = _all.GroupBy(i => _categories[i].Category.ProgrammeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _postings = BuildPostings(_categories);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Search(entry, programmeId));

    /// <summary>Synchronous form of <see cref="SearchAsync"/>, for batch work on many cores.</summary>
    public IReadOnlyList<ScoredCategory> Search(EncodedEntry entry, string? programmeId)
    {
        var positions = programmeId is null ? _all : _byProgramme.GetValueOrDefault(programmeId, []);
        var termSimilarities = TermSimilarities(entry.Terms);
        var results = new ScoredCategory[positions.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var c = _categories[positions[i]];
            results[i] = new ScoredCategory(c.Category, Dot(entry.Concepts, c.Concepts), termSimilarities[positions[i]]);
        }
        return BestFirst(results);
    }

    /// <summary>
    /// Scores <paramref name="candidates"/> as <see cref="Search"/> scores an index's categories, for a
    /// set scored once (Qdrant's candidates for one request), where building postings would cost
    /// more than it saves.
    /// </summary>
    public static IReadOnlyList<ScoredCategory> Score(EncodedEntry entry, IReadOnlyList<CategoryVectors> candidates)
    {
        var results = new ScoredCategory[candidates.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var c = candidates[i];
            results[i] = new ScoredCategory(c.Category, Dot(entry.Concepts, c.Concepts), entry.Terms.Dot(c.Terms));
        }
        return BestFirst(results);
    }

    // The same introsort as List.Sort on the same order of input, so ties come out as they always have.
    private static ScoredCategory[] BestFirst(ScoredCategory[] results)
    {
        Array.Sort(results, static (a, b) => b.Similarity.CompareTo(a.Similarity));
        return results;
    }

    /// <summary>
    /// Every category's <see cref="SparseVector.Dot"/> with <paramref name="terms"/>, by position;
    /// per-thread scratch, valid until the next search on the thread. Each category's products are
    /// added in ascending stem order from 0, exactly as the merge in Dot adds them, so the sums are
    /// bit-for-bit the same.
    /// </summary>
    private float[] TermSimilarities(SparseVector terms)
    {
        var similarities = t_termSimilarities;
        if (similarities is null || similarities.Length < _categories.Length)
            t_termSimilarities = similarities = new float[Math.Max(64, _categories.Length)];
        else Array.Clear(similarities, 0, _categories.Length);
        for (var t = 0; t < terms.Indices.Length; t++)
        {
            if (!_postings.TryGetValue(terms.Indices[t], out var holders)) continue;
            var value = terms.Values[t];
            foreach (var posting in holders) similarities[posting.Category] += value * posting.Value;
        }
        return similarities;
    }

    private static Dictionary<uint, TermPosting[]> BuildPostings(CategoryVectors[] categories)
    {
        var lists = new Dictionary<uint, List<TermPosting>>();
        for (var c = 0; c < categories.Length; c++)
        {
            var terms = categories[c].Terms;
            for (var t = 0; t < terms.Indices.Length; t++)
            {
                if (!lists.TryGetValue(terms.Indices[t], out var list)) lists[terms.Indices[t]] = list = [];
                list.Add(new TermPosting(c, terms.Values[t]));
            }
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static float Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    private readonly record struct TermPosting(int Category, float Value);
}
