using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>Scores every category in process from precomputed vectors; the catalog is small (tens of categories).</summary>
public sealed class InMemoryCategoryIndex(IReadOnlyList<CategoryVectors> categories) : ICategoryIndex
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Search(entry, programmeId));

    /// <summary>Synchronous form of <see cref="SearchAsync"/>, for batch work on many cores.</summary>
    public IReadOnlyList<ScoredCategory> Search(EncodedEntry entry, string? programmeId)
    {
        var results = new List<ScoredCategory>(categories.Count);
        foreach (var c in categories)
        {
            if (programmeId is not null && c.Category.ProgrammeId != programmeId) continue;
            results.Add(new ScoredCategory(c.Category, Dot(entry.Concepts, c.Concepts), entry.Terms.Dot(c.Terms)));
        }
        results.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return results;
    }

    private static float Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
