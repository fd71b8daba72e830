namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Ranks many entries at once, spread over the machine's cores, answering in input order. Each
/// entry is ranked exactly as a single request would be.
/// </summary>
public sealed class BatchRecommender(CategoryRecommender recommender)
{
    /// <summary>Ranks every request; the result at index i answers request i.</summary>
    public async Task<RecommendationResult[]> RecommendAsync(
        IReadOnlyList<RecommendationRequest> requests, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new RecommendationResult[requests.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, requests.Count, options, async (i, ct) =>
        {
            results[i] = await recommender.RecommendAsync(requests[i], ct);
            if (progress is not null) progress.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
