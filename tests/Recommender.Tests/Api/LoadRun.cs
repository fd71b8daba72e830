using System.Diagnostics;
using System.Net.Http.Json;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Many concurrent clients sending a mix of the requests a page and a script send to a real server, and
/// the memory the process keeps: the GC heap after full compacting collections, and the working set,
/// measured after a warm-up and after each of several equal rounds of requests.
/// </summary>
public static class LoadRun
{
    /// <summary>The process's memory at one point of a run.</summary>
    public readonly record struct Reading(long Heap, long WorkingSet);

    /// <summary>What one run measured: the reading after the warm-up, then one after each round.</summary>
    public sealed record Outcome(IReadOnlyList<string> Failures, int RequestsPerRound, IReadOnlyList<Reading> Readings)
    {
        /// <summary>Bytes the GC heap kept per request in each round.</summary>
        public IReadOnlyList<double> HeapGrowth =>
            [.. Readings.Skip(1).Select((r, i) => (r.Heap - Readings[i].Heap) / (double)RequestsPerRound)];

        /// <summary>
        /// The median round's heap growth per request: a leak grows the heap in every round, while memory that
        /// another part of the process lets go of, or takes, once (a disposed server's remains, a pool trimmed
        /// when idle) moves a single round.
        /// </summary>
        public double HeapGrowthPerRequest => Median(HeapGrowth);

        /// <summary>
        /// The working set's growth per request over the whole run: it moves by megabytes from one reading to the
        /// next whatever is kept (GC regions committed and released, thread stacks), so only the whole run says anything.
        /// </summary>
        public double WorkingSetGrowthPerRequest => (Readings[^1].WorkingSet - Readings[0].WorkingSet) / (double)(RequestsPerRound * (Readings.Count - 1));

        /// <inheritdoc />
        public override string ToString() =>
            $"{Readings.Count - 1} rounds of {RequestsPerRound} requests, {Failures.Count} failed; " +
            $"GC heap {string.Join(" -> ", Readings.Select(r => $"{r.Heap / 1e6:F2}"))} MB, per request and round {string.Join(" ", HeapGrowth.Select(g => $"{g:F0}"))} B " +
            $"(median {HeapGrowthPerRequest:F0}); working set {Readings[0].WorkingSet / 1e6:F1} -> {Readings[^1].WorkingSet / 1e6:F1} MB ({WorkingSetGrowthPerRequest:F0} B per request)";

        private static double Median(IReadOnlyList<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    /// <summary>Sends <paramref name="warmUp"/> requests (JIT, pools, caches), reads the memory, then sends <paramref name="rounds"/> rounds, reading it after each.</summary>
    public static async Task<Outcome> MeasureAsync(Uri server, (string Text, string Program)[] texts, int clients, int warmUp, int rounds, int requestsPerRound,
        CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };

        var failures = await SendAsync(http, texts, clients, 0, warmUp, cancellationToken);
        var sent = warmUp;
        var readings = new List<Reading> { Read() };
        for (var round = 0; round < rounds; round++)
        {
            failures.AddRange(await SendAsync(http, texts, clients, sent, requestsPerRound, cancellationToken));
            sent += requestsPerRound;
            readings.Add(Read());
        }
        return new(failures, requestsPerRound, readings);
    }

    // Every client takes the next request number until the round's are sent: 1 in 10 lists the programmes,
    // 1 in 10 is a batch of two, the rest are single recommendations.
    private static async Task<List<string>> SendAsync(HttpClient http, (string Text, string Program)[] texts, int clients, int first, int count, CancellationToken cancellationToken)
    {
        var next = first - 1;
        var failures = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < first + count)
            {
                var (text, program) = texts[i % texts.Length];
                using var response = (i % 10) switch
                {
                    0 => await http.GetAsync("/api/programs", cancellationToken),
                    1 => await http.PostAsJsonAsync("/api/recommendations/batch",
                        new { entries = new[] { new { id = "1", text, program }, new { id = "2", text = texts[(i + 1) % texts.Length].Text, program } } }, cancellationToken),
                    _ => await http.PostAsJsonAsync("/api/recommendations", new { text, program, top = 5 }, cancellationToken),
                };
                if (response.IsSuccessStatusCode) continue;
                var failure = $"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
                lock (failures) failures.Add(failure);
            }
        }));
        return failures;
    }

    private static Reading Read()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new(GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
