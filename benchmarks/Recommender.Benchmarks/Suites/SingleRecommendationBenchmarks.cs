using BenchmarkDotNet.Attributes;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Benchmarks.Suites;

/// <summary>
/// One summary ranked against every category of the catalog (no programme given, so all 61 are
/// scored), in each language at three lengths built from the dev-set texts.
/// </summary>
public class SingleRecommendationBenchmarks
{
    private string _text = "";
    private RecommendationRequest _request = new("");

    [Params("el", "lt", "ru", "tr", "en")] public string Language { get; set; } = "ru";

    [Params(300, 1500, 3000)] public int Length { get; set; } = 1500;

    [GlobalSetup]
    public void Setup()
    {
        _text = Shared.Work.TextOf(Language, Length);
        _request = new RecommendationRequest(_text, Program: null, Top: 5);
    }

    [Benchmark(Baseline = true, Description = "Peer: Lucene BM25")]
    public string? Peer() => Shared.Peer.Classify(_text, Language, null);

    [Benchmark(Description = "Ours: RecommendAsync")]
    public RecommendationResult Ours() => Shared.Work.Recommender.RecommendAsync(_request).GetAwaiter().GetResult();
}
