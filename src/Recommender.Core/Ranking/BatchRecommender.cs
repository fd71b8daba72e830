namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Ranks many entries at once, spread over at most <c>maxDegreeOfParallelism</c> threads (every core when
/// null), answering in input order. Each entry is ranked exactly as a single request would be.
/// A server gives each batch a few threads, so that concurrent batches leave cores to single requests;
/// the command line gives one batch every core.
/// </summary>
/// <param name="recommender">Ranks each entry.</param>
/// <param name="maxDegreeOfParallelism">Entries ranked at the same time, at most; null for one per core.</param>
public sealed class BatchRecommender(CategoryRecommender recommender, int? maxDegreeOfParallelism = null)
{
    /// <summary>Entries ranked at the same time, at most.</summary>
    public int MaxDegreeOfParallelism { get; } = maxDegreeOfParallelism is { } n
        ? n >= 1 ? n : throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), n, "At least one entry must be ranked at a time.")
        : Environment.ProcessorCount;

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
        await RecommendEachAsync(requests, (i, result) => results[i] = result, progress, cancellationToken);
        return results;
    }

    /// <summary>
    /// Ranks every request and hands each result to <paramref name="ranked"/> with its index, from the thread
    /// that ranked it, so a caller that keeps only what it derives (a verdict) never holds every ranking at once.
    /// </summary>
    public async Task RecommendEachAsync(IReadOnlyList<RecommendationRequest> requests, Action<int, RecommendationResult> ranked,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (requests.Count == 0) return;
        // Consecutive slices, at least one per thread while there are entries enough, each ranked on one thread.
        var slice = Math.Clamp((requests.Count + MaxDegreeOfParallelism - 1) / MaxDegreeOfParallelism, 1, MaxSlice);
        var slices = (requests.Count + slice - 1) / slice;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, slices, options, async (s, ct) =>
        {
            var start = s * slice;
            var count = Math.Min(slice, requests.Count - start);
            var batch = new RecommendationRequest[count];
            for (var i = 0; i < count; i++) batch[i] = requests[start + i];
            var results = await recommender.RecommendManyAsync(batch, ct);
            for (var i = 0; i < count; i++) ranked(start + i, results[i]);
            // One report per entry, as the entries of a slice are done together.
            if (progress is not null)
                for (var i = 0; i < count; i++) progress.Report(Interlocked.Increment(ref done));
        });
    }
}
