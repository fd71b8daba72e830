namespace CategoryMatch.Core.Learning;

/// <summary>
/// The features a model was trained with: each kept key's column and inverse document frequency. A
/// key is kept when enough training texts by enough writers have it (<see cref="LearningOptions.MinWriters"/>):
/// what only one writer ever wrote is that writer's habit, not the domain's language. A text becomes a
/// sparse vector of sublinear counts times IDF, each group normalised to unit length.
/// </summary>
public sealed class FeatureVocabulary
{
    private readonly Dictionary<uint, int> _columns;
    private readonly float[] _idf;
    private readonly uint[] _keys;

    private FeatureVocabulary(uint[] keys, float[] idf)
    {
        _keys = keys;
        _idf = idf;
        _columns = new Dictionary<uint, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) _columns[keys[i]] = i;
    }

    /// <summary>Number of columns.</summary>
    public int Count => _keys.Length;

    /// <summary>The kept keys in column order (what a model file stores).</summary>
    public IReadOnlyList<uint> Keys => _keys;

    /// <summary>The IDF of each column.</summary>
    public IReadOnlyList<float> Idf => _idf;

    /// <summary>A vocabulary read back from a model file.</summary>
    public static FeatureVocabulary From(uint[] keys, float[] idf) =>
        keys.Length == idf.Length ? new(keys, idf) : throw new ArgumentException("One IDF per key is needed.", nameof(idf));

    /// <summary>Builds the vocabulary of <paramref name="texts"/> (each text's feature counts and its writer).</summary>
    public static FeatureVocabulary Build(IReadOnlyList<(IReadOnlyDictionary<uint, float> Counts, string Writer)> texts, int minDocuments = 2, int minWriters = 2)
    {
        var documents = new Dictionary<uint, int>();
        var writers = new Dictionary<uint, HashSet<string>>();
        foreach (var (counts, writer) in texts)
            foreach (var key in counts.Keys)
            {
                documents[key] = documents.GetValueOrDefault(key) + 1;
                if (!writers.TryGetValue(key, out var set)) writers[key] = set = [];
                set.Add(writer);
            }
        var keys = documents.Where(kv => kv.Value >= minDocuments && writers[kv.Key].Count >= minWriters)
            .Select(kv => kv.Key).Order().ToArray();
        var n = texts.Count;
        var idf = keys.Select(k => MathF.Log((n + 1f) / (documents[k] + 1f)) + 1f).ToArray();
        return new FeatureVocabulary(keys, idf);
    }

    /// <summary>
    /// The weighted vector of a text's feature counts: columns ascending unless <paramref name="sorted"/> is false, values (1 + ln count) × IDF,
    /// each group scaled to unit length. Unknown keys are dropped.
    /// </summary>
    /// <param name="counts">The text's feature counts.</param>
    /// <param name="sorted">
    /// Columns ascending (what training needs: ML.NET's sparse vectors are sorted). A prediction reads the columns in
    /// any order, and sorting was a third of the cost of vectorising a request's text, so the request path skips it.
    /// </param>
    public (int[] Columns, float[] Values) Vectorize(IReadOnlyDictionary<uint, float> counts, bool sorted = true)
    {
        // Each kept column packed with its count in one long (column in the high half): a primitive sort sorts both.
        var packed = t_packed is { } scratch && scratch.Length >= counts.Count ? scratch : t_packed = new long[Math.Max(counts.Count, 1024)];
        var n = 0;
        if (counts is Dictionary<uint, float> dictionary)
        {
            foreach (var (key, count) in dictionary)   // the struct enumerator: no boxing
                if (_columns.TryGetValue(key, out var column)) packed[n++] = Pack(column, count);
        }
        else
        {
            foreach (var (key, count) in counts)
                if (_columns.TryGetValue(key, out var column)) packed[n++] = Pack(column, count);
        }
        if (sorted) Array.Sort(packed, 0, n);
        var columns = new int[n];
        var values = new float[n];
        Span<double> norms = stackalloc double[TextFeatures.Groups.Count];
        for (var i = 0; i < n; i++)
        {
            columns[i] = (int)(packed[i] >> 32);
            var count = BitConverter.Int32BitsToSingle((int)packed[i]);
            values[i] = (count >= 1 ? 1 + MathF.Log(count) : count) * _idf[columns[i]];
            norms[TextFeatures.GroupOf(_keys[columns[i]])] += values[i] * values[i];
        }
        for (var i = 0; i < n; i++)
        {
            var norm = norms[TextFeatures.GroupOf(_keys[columns[i]])];
            if (norm > 0) values[i] = (float)(values[i] / Math.Sqrt(norm));
        }
        return (columns, values);
    }

    [ThreadStatic] private static long[]? t_packed;

    private static long Pack(int column, float count) => ((long)column << 32) | (uint)BitConverter.SingleToInt32Bits(count);
}
