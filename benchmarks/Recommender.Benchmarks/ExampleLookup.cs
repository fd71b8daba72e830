using System.Diagnostics;
using System.Globalization;
using CategoryMatch.Core;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>examples [--count 100000] [--lookups 5000]</c>: the embedded example index at scale. Fills one
/// programme with <c>count</c> examples (the corpus's in-domain texts, each repeated with a different
/// tenth of its keys dropped, so postings are as long as real ones would be), then times single
/// lookups of the k nearest (corpus texts as queries, already encoded, as a request has them) and
/// prints p50/p99, the working set and the GC heap after a full collection. The last line is for scripts.
/// </summary>
public static class ExampleLookup
{
    public static int Run(string[] args)
    {
        var count = IntOption(args, "--count", 100_000);
        var lookups = IntOption(args, "--lookups", 5_000);
        var k = new ExampleVoteOptions().K;
        var data = RecommenderModel.LocateDataDirectory(Environment.GetEnvironmentVariable("CATEGORYMATCH_DATA"), AppContext.BaseDirectory);
        var model = RecommenderModel.Load(data);
        var corpus = LabelledCorpus.Read(Path.Combine(data, "examples"), model.Catalog).Examples.Where(e => e.InDomain).ToList();
        var vectors = new SparseVector[corpus.Count];
        Parallel.For(0, corpus.Count, i => vectors[i] = ExampleVectors.Of(model.Encoder.Encode(corpus[i].Text)));
        var before = Settled();

        var index = new InMemoryExampleIndex(model);
        var random = new Random(Workload.Seed);
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < count; start += 10_000)
        {
            // Written as an organiser would load them: 10,000 per request.
            var batch = Enumerable.Range(start, Math.Min(10_000, count - start)).Select(i =>
            {
                var source = i % corpus.Count;
                var vector = i < corpus.Count ? vectors[source] : Thinned(vectors[source], random);
                return new IndexedExample($"x{i}", "ru-cca", corpus[source].Expected[0], ExampleSource.Organiser, vector);
            }).ToList();
            index.Upsert(batch);
        }
        var loaded = clock.Elapsed;
        var after = Settled();

        var queries = Enumerable.Range(0, lookups).Select(_ => vectors[random.Next(vectors.Length)]).ToArray();
        for (var i = 0; i < Math.Min(500, lookups); i++) index.Nearest("ru-cca", queries[i], k);   // warm-up: tiered compilation
        var times = new double[lookups];
        for (var i = 0; i < lookups; i++)
        {
            var t = Stopwatch.GetTimestamp();
            index.Nearest("ru-cca", queries[i], k);
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(times);
        var p50 = times[lookups / 2];
        var p99 = times[(int)(lookups * 0.99)];
        Console.WriteLine(Invariant($"examples={index.CountOf("ru-cca")} in one programme, k={k}, loaded in {loaded.TotalSeconds:F1} s (vectors ready; {count / 10_000.0:0.#} upserts of 10,000)"));
        Console.WriteLine(Invariant($"process before the index: working set {before.WorkingSet / 1048576.0:F0} MB, GC heap {before.Heap / 1048576.0:F0} MB"));
        Console.WriteLine(Invariant($"process with the index:   working set {after.WorkingSet / 1048576.0:F0} MB, GC heap {after.Heap / 1048576.0:F0} MB"));
        Console.WriteLine(Invariant($"lookups={lookups} p50={p50:F3} ms p99={p99:F3} ms max={times[^1]:F3} ms"));
        Console.WriteLine(Invariant($"count={count} p50_ms={p50:F3} p99_ms={p99:F3} working_set_mb={after.WorkingSet / 1048576.0:F0}"));
        GC.KeepAlive(index);
        return 0;
    }

    // A copy of a vector with about a tenth of its keys dropped, renormalised: a near-duplicate, not a twin.
    private static SparseVector Thinned(SparseVector v, Random random)
    {
        var weights = new Dictionary<uint, float>(v.Indices.Length);
        for (var i = 0; i < v.Indices.Length; i++)
            if (random.NextDouble() >= 0.1) weights[v.Indices[i]] = v.Values[i];
        return SparseVector.FromWeights(weights);
    }

    private static (long WorkingSet, long Heap) Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, GC.GetTotalMemory(false));
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
