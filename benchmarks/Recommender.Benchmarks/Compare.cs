using System.Diagnostics;
using System.Globalization;
using CategoryMatch.Benchmarks.Peer;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>compare [--entries N] [--rounds R]</c>: ours (BatchRecommender over the embedded index) and the
/// Lucene BM25 peer, in one process, on the same generated entry set, each spread over every core the
/// same way (Parallel.For with MaxDegreeOfParallelism = processor count), warmed up first; the best of
/// <c>R</c> alternating rounds counts. The last line is for scripts.
/// </summary>
public static class Compare
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entries = IntOption(args, "--entries", 20_000);
        var rounds = IntOption(args, "--rounds", 3);
        var work = Workload.Load();
        using var peer = new LuceneBm25Classifier(work.Model.Catalog);
        var set = work.EntrySet(entries);
        var requests = set.Select(Workload.RequestOf).ToArray();
        var batch = new BatchRecommender(work.Recommender);
        Console.WriteLine($"entries={set.Count} (dev-set texts, shuffled and repeated, seed {Workload.Seed}) cores={Environment.ProcessorCount} categories={peer.Count}");

        // Warm-up: one untimed pass over the whole set for both, so tiered compilation has
        // recompiled the hot methods (a slice of 2,000 entries left ours' first round at half speed)
        // and both sides' caches are filled.
        await batch.RecommendAsync(requests);
        RunPeer(peer, set);

        double ours = 0, theirs = 0;
        for (var r = 1; r <= rounds; r++)
        {
            var gc = GcCounts.Start();
            var sw = Stopwatch.StartNew();
            var ourResults = await batch.RecommendAsync(requests);
            var oursRate = requests.Length / sw.Elapsed.TotalSeconds;
            var ourGc = gc.Stop(requests.Length);
            gc = GcCounts.Start();
            sw.Restart();
            var peerResults = RunPeer(peer, set);
            var peerRate = set.Count / sw.Elapsed.TotalSeconds;
            var peerGc = gc.Stop(set.Count);
            GC.KeepAlive(ourResults);
            GC.KeepAlive(peerResults);
            Console.WriteLine(Invariant($"round {r}: ours={oursRate:F0}/s peer={peerRate:F0}/s ratio={oursRate / peerRate:F2}  ours: {ourGc}  peer: {peerGc}"));
            ours = Math.Max(ours, oursRate);
            theirs = Math.Max(theirs, peerRate);
        }

        var ourTop1 = await OurTop1Async(work);
        var peerTop1 = PeerTop1(work, peer);
        Console.WriteLine(Invariant($"ours={ours:F0} peer={theirs:F0} ratio={ours / theirs:F2} ours_top1={ourTop1:F3} peer_top1={peerTop1:F3}"));
        return 0;
    }

    /// <summary>The peer over every entry, parallelised exactly as BatchRecommender is.</summary>
    public static string?[] RunPeer(LuceneBm25Classifier peer, IReadOnlyList<EvaluationCase> set)
    {
        var results = new string?[set.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, set.Count, options, i => results[i] = peer.Classify(set[i].Text, set[i].Lang, set[i].Program));
        return results;
    }

    // Top-1 as `evaluate` reports it: the first result is an expected category, over labelled cases.
    private static async Task<double> OurTop1Async(Workload work)
    {
        var report = new EvaluationReport();
        foreach (var c in work.Cases)
        {
            var result = await work.Recommender.RecommendAsync(Workload.RequestOf(c));
            report.Add(c, new EvaluationAnswer(result.Results.Select(r => r.Category.Id).ToList(), result.NoMatch,
                result.Redirect?.From, result.Redirect?.To, result.Language));
        }
        return report.Top1;
    }

    private static double PeerTop1(Workload work, LuceneBm25Classifier peer)
    {
        var report = new EvaluationReport();
        foreach (var c in work.Cases)
        {
            var best = peer.Classify(c.Text, c.Lang, c.Program);
            report.Add(c, new EvaluationAnswer(best is null ? [] : [best], best is null, null, null, c.Lang));
        }
        if (Environment.GetEnvironmentVariable("COMPARE_VERBOSE") is not null) Console.Write(report.Format(listMisses: false));
        return report.Top1;
    }

    // What a round allocated per entry and how many collections it caused: the GC's share of the time.
    private readonly record struct GcCounts(long Bytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static GcCounts Start() => new(GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public string Stop(int entries) => Invariant(
            $"{(GC.GetTotalAllocatedBytes(precise: true) - Bytes) / 1024.0 / entries:F1} KB/entry, gc {GC.CollectionCount(0) - Gen0}/{GC.CollectionCount(1) - Gen1}/{GC.CollectionCount(2) - Gen2}, paused {(GC.GetTotalPauseDuration() - Paused).TotalMilliseconds:F0} ms");
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
