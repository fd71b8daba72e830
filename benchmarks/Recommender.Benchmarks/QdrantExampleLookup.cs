using System.Diagnostics;
using System.Globalization;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>examples-lookup --qdrant http://127.0.0.1:6333 [--count 100000] [--queries 2000] [--k 10] [--skip-fill]</c>: fills the organisers'
/// example collection of a Qdrant server with <c>--count</c> examples of one programme (corpus texts repeated under new
/// ids), then times what the vote reads with Qdrant, <see cref="SharedExampleNeighbours.NearestAsync"/> (the builtin corpus in
/// memory, each category's k nearest organiser examples from Qdrant by a group query), for corpus texts one after another
/// (after 200 untimed ones) and prints p50/p99. It writes into the collection <c>examples-organiser</c>: point it at a scratch server.
/// </summary>
public static class QdrantExampleLookup
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = Option(args, "--qdrant", "http://127.0.0.1:6333");
        var count = int.Parse(Option(args, "--count", "100000"), CultureInfo.InvariantCulture);
        var queries = int.Parse(Option(args, "--queries", "2000"), CultureInfo.InvariantCulture);
        var k = int.Parse(Option(args, "--k", "10"), CultureInfo.InvariantCulture);
        const string program = "ru-cca";

        // The model and the corpus only: the dev set is for `evaluate`, not for loading examples.
        var data = RecommenderModel.LocateDataDirectory(Environment.GetEnvironmentVariable("CATEGORYMATCH_DATA"), AppContext.BaseDirectory);
        var model = RecommenderModel.Load(data);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = url, ["Qdrant:AttemptTimeout"] = "00:01:00", ["Qdrant:TotalTimeout"] = "00:02:00",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddQdrantClient(configuration);
        services.AddSingleton(model);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ExampleStoreOptions()));
        services.AddSingleton<QdrantExampleStore>();
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<QdrantExampleStore>();

        var corpus = LabelledCorpus.Read(Path.Combine(data, "examples"), model.Catalog).Examples
            .Where(e => e.Program == program && e.InDomain).ToList();
        var fill = Stopwatch.StartNew();
        // --skip-fill times the lookups of a collection filled (and optimised by Qdrant) in an earlier run.
        for (var start = 0; start < (args.Contains("--skip-fill") ? 0 : count); start += 1000)
        {
            var batch = Enumerable.Range(start, Math.Min(1000, count - start)).Select(i =>
            {
                var e = corpus[i % corpus.Count];
                return new LabelledExample($"lookup-{i}", program, e.Expected[0], e.Text, e.Lang, ExampleSource.Organiser);
            }).ToList();
            await store.UpsertAsync(program, batch);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filled {count} examples in {fill.Elapsed.TotalSeconds:F1} s"));

        var encoded = corpus.Select(e => model.Encoder.Encode(e.Text, e.Lang)).ToList();
        var shared = new SharedExampleNeighbours(InMemoryExampleIndex.FromCorpusFolder(model, data), store);
        for (var i = 0; i < 200; i++) await shared.NearestAsync(program, encoded[i % encoded.Count], k);
        var latencies = new double[queries];
        for (var i = 0; i < queries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await shared.NearestAsync(program, encoded[(i * 7) % encoded.Count], k);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(queries - 1, (int)Math.Ceiling(q * queries) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"examples={count} queries={queries} k={k} p50={P(0.50):F2}ms p90={P(0.90):F2}ms p99={P(0.99):F2}ms max={latencies[^1]:F2}ms"));
        return 0;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
