using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CategoryMatch.Core;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>audit-burst [--audits 10] [--entries 10000] [--rate 20] [--after 60] [--api PATH] [-- --Key=value ...]</c>:
/// issue 14's busy organisers against the real API in its own process. <c>--audits</c> clients each post one
/// CSV audit of <c>--entries</c> entries at the same moment (texts of the labelled corpus, data/examples, cut
/// so the file fits the 2 MB limit; filed where the corpus says), and retry after <c>Retry-After</c> when the
/// server answers 503 or 429; meanwhile an open-loop client sends <c>--rate</c> single recommendations a second
/// and measures each from its scheduled start (and for 5 s before, on the quiet server, for comparison: the
/// machine's other processes share its cores). Prints the single recommendations' latency, the server's working
/// set (before, peak, when the last audit is answered, <c>--after</c> seconds later) and any 5xx. Exits 1 when a
/// request fails or a target is missed: p99 under 50 ms, peak under 1 GB, under 300 MB after.
/// </summary>
public static class AuditBurst
{
    public static async Task<int> RunAsync(string[] args)
    {
        var audits = Options.Int(args, "--audits", 10);
        var entries = Options.Int(args, "--entries", 10_000);
        var rate = Options.Int(args, "--rate", 20);
        var after = Options.Int(args, "--after", 60);
        var corpus = Corpus();
        var files = Enumerable.Range(0, audits).Select(i => AuditFile(corpus, entries, Workload.Seed + i)).ToArray();
        var singles = corpus.Where(e => e.Text.Length <= 1_000).Select(e => new { text = e.Text, program = e.Program, top = 5 }).ToArray();

        // The server says when it gives memory back after the burst.
        string[] settings = ["--Logging:LogLevel:CategoryMatch.Api.Extensions.MemoryAfterBursts=Information", .. Options.ServerSettings(args)];
        using var server = await ApiServerProcess.StartAsync(Options.String(args, "--api"), settings);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(10) };
        // Warm-up: single recommendations and one small audit, so the burst meets a server that has served both.
        await new SingleClient(http, singles, rate * 5).RunUntilAsync(Task.Delay(TimeSpan.FromSeconds(3)));
        await PostAuditAsync(http, AuditFile(corpus, 200, 1));
        // The same client on a quiet server: what the machine itself allows (other processes share its cores).
        var quiet = new SingleClient(http, singles, rate);
        var quietLatencies = await quiet.RunUntilAsync(Task.Delay(TimeSpan.FromSeconds(5)));
        var before = server.WorkingSetBytes;
        server.ResetPeak();

        var clock = Stopwatch.StartNew();
        var burst = Task.WhenAll(files.Select(f => PostAuditAsync(http, f)));
        var single = new SingleClient(http, singles, rate);
        var latencies = await single.RunUntilAsync(burst);
        var outcomes = await burst;
        var burstSeconds = clock.Elapsed.TotalSeconds;
        var peak = server.PeakWorkingSetBytes;
        var atEnd = server.WorkingSetBytes;
        await Task.Delay(TimeSpan.FromSeconds(after));
        var rested = server.WorkingSetBytes;

        var p99 = Percentile(latencies, 0.99);
        var failed = outcomes.Count(o => o.Status != 200) + single.Errors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audits={audits} entries={entries} body={files.Max(f => f.Length) / 1024}KB seconds={burstSeconds:F1} " +
            $"answered={outcomes.Count(o => o.Status == 200)} retried={outcomes.Sum(o => o.Rejections)} failed-audits={outcomes.Count(o => o.Status != 200)} " +
            $"last-audit={outcomes.Max(o => o.Seconds):F1}s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single, quiet server: n={quietLatencies.Length} errors={quiet.Errors} p50={Percentile(quietLatencies, 0.5):F1}ms p99={Percentile(quietLatencies, 0.99):F1}ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single, during the audits: n={latencies.Length} errors={single.Errors} p50={Percentile(latencies, 0.5):F1}ms p99={p99:F1}ms max={(latencies.Length == 0 ? 0 : latencies.Max()):F1}ms target-p99<50ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"working set: before={WordFlood.Mb(before)}MB peak={WordFlood.Mb(peak)}MB at-end={WordFlood.Mb(atEnd)}MB after-{after}s={WordFlood.Mb(rested)}MB targets peak<1024MB after<300MB"));
        foreach (var status in outcomes.Where(o => o.Status != 200).Select(o => o.Status).Distinct())
            Console.Error.WriteLine($"an audit ended with HTTP {status}");
        return failed == 0 && p99 < 50 && WordFlood.Mb(peak) < 1024 && WordFlood.Mb(rested) < 300 ? 0 : 1;
    }

    private sealed record Outcome(int Status, int Rejections, double Seconds);

    private static async Task<Outcome> PostAuditAsync(HttpClient http, byte[] csv)
    {
        var clock = Stopwatch.StartNew();
        for (var rejections = 0; ; rejections++)
        {
            using var content = new ByteArrayContent(csv);
            content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
            using var response = await http.PostAsync("/api/audit", content);
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests) || rejections >= 1_000)
                return new((int)response.StatusCode, rejections, clock.Elapsed.TotalSeconds);
            // A server that sheds load without saying when to come back gets a second.
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    // The corpus's in-domain texts, filed where the corpus says they were filed, else in their expected category.
    private static IReadOnlyList<CorpusExample> Corpus()
    {
        var data = RecommenderModel.LocateDataDirectory(Environment.GetEnvironmentVariable("CATEGORYMATCH_DATA"), AppContext.BaseDirectory);
        var catalog = CatalogLoader.Load(Path.Combine(data, "categories"));
        return [.. LabelledCorpus.Read(Path.Combine(data, "examples"), catalog).Examples.Where(e => e.InDomain)];
    }

    // A CSV of `count` entries in the 2 MB limit (with 3 % to spare): each text cut at a word boundary to its
    // share of the limit, as a short one-line summary would be.
    private static byte[] AuditFile(IReadOnlyList<CorpusExample> corpus, int count, int seed)
    {
        var order = corpus.ToArray();
        new Random(seed).Shuffle(order);
        var share = (int)(2 * 1024 * 1024 * 0.97 / count);
        var csv = new StringBuilder("id,program,filedCategory,text\n");
        for (var i = 0; i < count; i++)
        {
            var e = order[i % order.Length];
            var filed = e.Filed ?? e.Expected[0];
            var fixedPart = $"e{i},{e.Program},{filed},\"\"\n";
            csv.Append(fixedPart[..^3]).Append('"').Append(Cut(e.Text, share - Encoding.UTF8.GetByteCount(fixedPart)).Replace("\"", "\"\"")).Append("\"\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Cut(string text, int maxBytes)
    {
        // A character is at least one byte, so the first maxBytes characters hold the answer.
        text = text[..Math.Min(text.Length, maxBytes + 1)].Replace('\n', ' ').Replace('\r', ' ');
        if (Encoding.UTF8.GetByteCount(text) + CountQuotes(text) <= maxBytes) return text;
        var end = text.Length;
        while (end > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) + CountQuotes(text.AsSpan(0, end)) > maxBytes) end = text.LastIndexOf(' ', end - 1);
        return end > 0 ? text[..end] : text[..Math.Min(text.Length, maxBytes / 4)];
    }

    private static int CountQuotes(ReadOnlySpan<char> text) => text.Count('"');

    internal static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>Open-loop single recommendations at a fixed rate, timed from each request's scheduled start.</summary>
    private sealed class SingleClient(HttpClient http, object[] bodies, int rate)
    {
        private int _errors;

        public int Errors => _errors;

        /// <summary>Sends until <paramref name="until"/> completes; the latencies in ms, sorted.</summary>
        public async Task<double[]> RunUntilAsync(Task until)
        {
            var latencies = new List<double>();
            var sent = new List<Task>();
            var clock = Stopwatch.StartNew();
            for (var i = 0; !until.IsCompleted; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.WhenAny(until, Task.Delay(wait));
                if (until.IsCompleted) break;
                var body = bodies[i % bodies.Length];
                sent.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var response = await http.PostAsJsonAsync("/api/recommendations", body);
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref _errors);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref _errors);
                    }
                    var latency = (clock.Elapsed - due).TotalMilliseconds;
                    lock (latencies) latencies.Add(latency);
                }));
            }
            await Task.WhenAll(sent);
            var sorted = latencies.ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }
}
