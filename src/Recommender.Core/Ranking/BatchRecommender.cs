namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Ranks many entries at once, spread over the machine's cores, answering in input order. Each
/// entry is ranked exactly as a single request would be.
/// </summary>
public sealed class BatchRecommender(CategoryRecommender recommender)
{
    /// <summary>
    /// Most entries ranked together, with one call to the index for all their candidates (one query batch
    /// to Qdrant): enough to spare a vector database thousands of round trips, few enough that the encoded
    /// entries in flight stay small.
    /// </summary>
    public const int MaxSlice = 64;

    /// <summary>Ranks every request; the result at index i answers request i.</summary>
    public async Task<RecommendationResult[]> RecommendAsync(
        IReadOnlyList<RecommendationRequest> requests, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new RecommendationResult[requests.Count];
        if (requests.Count == 0) return results;
        // Consecutive slices, at least one per core while there are entries enough, each ranked on one core.
        var slice = Math.Clamp((requests.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, 1, MaxSlice);
        var slices = (requests.Count + slice - 1) / slice;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, slices, options, async (s, ct) =>
        {
            var start = s * slice;
            var count = Math.Min(slice, requests.Count - start);
            var ranked = await recommender.RecommendManyAsync(requests.Skip(start).Take(count).ToArray(), ct);
            ranked.CopyTo(results, start);
            // One report per entry, as the entries of a slice are done together.
            if (progress is not null)
                for (var i = 0; i < count; i++) progress.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
