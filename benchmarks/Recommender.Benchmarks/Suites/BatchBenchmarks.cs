using BenchmarkDotNet.Attributes;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Benchmarks.Suites;

/// <summary>Re-ranking 10,000 entries (dev-set texts, shuffled, repeated) on every core.</summary>
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class BatchBenchmarks
{
    private IReadOnlyList<EvaluationCase> _set = [];
    private RecommendationRequest[] _requests = [];
    private BatchRecommender _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = Shared.Work.EntrySet(10_000);
        _requests = _set.Select(Workload.RequestOf).ToArray();
        _batch = new BatchRecommender(Shared.Work.Recommender);
    }

    [Benchmark(Baseline = true, Description = "Peer: 10,000 entries")]
    public string?[] Peer() => Compare.RunPeer(Shared.Peer, _set);

    [Benchmark(Description = "Ours: 10,000 entries")]
    public RecommendationResult[] Ours() => _batch.RecommendAsync(_requests).GetAwaiter().GetResult();
}
