using System.Diagnostics;
using System.Globalization;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>stages [--length 1500] [--iterations 2000]</c>: where a single recommendation's time and
/// allocations go, stage by stage (analyse, encode, score, rank, evidence), per language, on one
/// thread. Time is the median of per-call timings; allocation is exact (bytes allocated by the thread).
/// </summary>
public static class StageProfile
{
    public static int Run(string[] args)
    {
        var length = Int(args, "--length", 1500);
        var iterations = Int(args, "--iterations", 2000);
        var work = Shared.Work;
        var model = work.Model;
        var index = new InMemoryCategoryIndex(model.CategoryVectors);
        var evidence = new EvidenceBuilder(model);
        var categories = model.CategoryVectors.Count;
        Console.WriteLine($"stage medians (µs) and bytes allocated per call; {length}-character summaries, {categories} categories scored, {iterations} calls");
        Console.WriteLine($"{"lang",-5}{"analyse",18}{"encode(all)",20}{"score",18}{"evidence(top5)",20}{"recommend(all)",22}{"B/category",12}");
        string[] languages = ["el", "lt", "ru", "tr", "en"];
        // Every language once through the whole path first, so the first one measured does not pay
        // for the others' first calls (word caches, tiered compilation).
        foreach (var language in languages)
            Measure(50, () => work.Recommender.RecommendAsync(new RecommendationRequest(work.TextOf(language, length), null, 5)).GetAwaiter().GetResult());
        foreach (var language in languages)
        {
            var text = work.TextOf(language, length);
            var request = new RecommendationRequest(text, null, 5);
            var entry = model.Encoder.Encode(text);
            var scored = index.Search(entry, null);
            var top = scored.Take(5).Select(s => model.VectorsOf(s.Category.Id)).ToArray();
            var analyse = Measure(iterations, () => model.Analyzer.Analyze(text));
            var encode = Measure(iterations, () => model.Encoder.Encode(text));
            var score = Measure(iterations, () => index.Search(entry, null));
            var explain = Measure(iterations, () => { foreach (var t in top) evidence.Explain(entry, t, 8); return top; });
            var all = Measure(iterations, () => work.Recommender.RecommendAsync(request).GetAwaiter().GetResult());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{language,-5}{Cell(analyse),18}{Cell(encode),20}{Cell(score),18}{Cell(explain),20}{Cell(all),22}{all.Bytes / categories,12}"));
        }
        return 0;
    }

    private static string Cell((double Micros, long Bytes) m) => string.Create(CultureInfo.InvariantCulture, $"{m.Micros:F1} / {m.Bytes / 1024.0:F1}K");

    private static (double Micros, long Bytes) Measure<T>(int iterations, Func<T> action)
    {
        // Warm up for a while rather than a number of calls: tiered compilation recompiles hot
        // methods in the background, and 200 calls left the first language measured at tier 0.
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 300) action();
        var times = new double[iterations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(action());
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
        Array.Sort(times);
        return (times[iterations / 2], bytes);
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
