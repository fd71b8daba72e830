using CategoryMatch.Benchmarks.Peer;

namespace CategoryMatch.Benchmarks;

/// <summary>One workload and one peer index per process, built on first use.</summary>
internal static class Shared
{
    private static readonly Lazy<Workload> LazyWork = new(Workload.Load);
    private static readonly Lazy<LuceneBm25Classifier> LazyPeer = new(() => new LuceneBm25Classifier(Work.Model.Catalog));

    public static Workload Work => LazyWork.Value;
    public static LuceneBm25Classifier Peer => LazyPeer.Value;
}
