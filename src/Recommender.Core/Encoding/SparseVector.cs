namespace CategoryMatch.Core.Encoding;

/// <summary>A sparse vector with ascending indices, the shape Qdrant stores as a sparse vector.</summary>
public sealed record SparseVector(uint[] Indices, float[] Values)
{
    /// <summary>The vector with no entries.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Builds a unit-length vector from unsorted weights; zero weights are dropped.</summary>
    public static SparseVector FromWeights(Dictionary<uint, float> weights)
    {
        var indices = new uint[weights.Count];
        var values = new float[weights.Count];
        var n = 0;
        double norm = 0;
        foreach (var (index, value) in weights)
        {
            if (value <= 0) continue;
            indices[n] = index;
            values[n++] = value;
            norm += (double)value * value;
        }
        if (n == 0) return Empty;
        Array.Resize(ref indices, n);
        Array.Resize(ref values, n);
        Array.Sort(indices, values);
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < n; i++) values[i] *= scale;
        return new SparseVector(indices, values);
    }

    /// <summary>Dot product by merging the two index lists.</summary>
    public float Dot(SparseVector other)
    {
        // Locals and spans let the JIT keep everything in registers and drop most bounds checks;
        // the products are summed in ascending index order, as always, so the result is unchanged.
        ReadOnlySpan<uint> a = Indices, b = other.Indices;
        ReadOnlySpan<float> av = Values, bv = other.Values;
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y) sum += av[i++] * bv[j++];
            else if (x < y) i++;
            else j++;
        }
        return sum;
    }
}
