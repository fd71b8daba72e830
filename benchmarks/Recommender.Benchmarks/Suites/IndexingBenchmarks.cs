using BenchmarkDotNet.Attributes;
using CategoryMatch.Benchmarks.Peer;
using CategoryMatch.Core;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Benchmarks.Suites;

/// <summary>Building the index: the whole model from data/, the category vectors alone, and the peer's Lucene index.</summary>
[WarmupCount(1)]
[IterationCount(5)]
public class IndexingBenchmarks
{
    [Benchmark(Baseline = true, Description = "Peer: Lucene index of the catalog")]
    public int PeerIndex()
    {
        using var peer = new LuceneBm25Classifier(Shared.Work.Model.Catalog);
        return peer.Count;
    }

    [Benchmark(Description = "Ours: RecommenderModel.Load")]
    public RecommenderModel Load() => RecommenderModel.Load(Shared.Work.DataDirectory);

    [Benchmark(Description = "Ours: EntryEncoder.Build")]
    public int Build()
    {
        var model = Shared.Work.Model;
        return EntryEncoder.Build(model.Catalog, model.Lexicon, model.Analyzer).Categories.Count;
    }
}
