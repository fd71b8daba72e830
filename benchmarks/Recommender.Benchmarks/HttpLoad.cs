using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>load [--url http://127.0.0.1:5080] [--rate 500] [--seconds 20] [--length 1500]</c>: an open-loop
/// load test of POST /api/recommendations at a fixed request rate. Latency is measured from each
/// request's scheduled start, so a stalled server cannot hide its queueing (no coordinated omission).
/// Loopback addresses only; it stops by itself after the given seconds (at most 120).
/// </summary>
public static class HttpLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Option(args, "--url", "http://127.0.0.1:5080"));
        var rate = int.Parse(Option(args, "--rate", "500"), CultureInfo.InvariantCulture);
        var seconds = Math.Min(120, int.Parse(Option(args, "--seconds", "20"), CultureInfo.InvariantCulture));
        var length = int.Parse(Option(args, "--length", "1500"), CultureInfo.InvariantCulture);
        if (!IPAddress.TryParse(url.Host, out var ip) ? url.Host != "localhost" : !IPAddress.IsLoopback(ip))
        {
            Console.Error.WriteLine("error: the load test only targets loopback addresses.");
            return 2;
        }

        var work = Workload.Load();
        var bodies = TextAnalyzerLanguages.Select(l => new { text = work.TextOf(l, length), top = 5 }).ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };

        // Warm-up: a few seconds at a tenth of the rate, not recorded.
        await Drive(http, bodies, Math.Max(1, rate / 10), 3, null);
        var total = rate * seconds;
        var latencies = new double[total];
        var errors = await Drive(http, bodies, rate, seconds, latencies);

        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(total - 1, (int)Math.Ceiling(q * total) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests={total} rate={rate}/s seconds={seconds} length={length} errors={errors} p50={P(0.50):F2}ms p90={P(0.90):F2}ms p99={P(0.99):F2}ms p999={P(0.999):F2}ms max={latencies[^1]:F2}ms"));
        return errors == 0 ? 0 : 1;
    }

    private static readonly string[] TextAnalyzerLanguages = ["el", "lt", "ru", "tr", "en"];

    private static async Task<int> Drive(HttpClient http, object[] bodies, int rate, int seconds, double[]? latencies)
    {
        var total = rate * seconds;
        var tasks = new Task[total];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            // Sleep while far from the due time, spin-yield when close: Task.Delay alone is 1-15 ms coarse.
            while (clock.Elapsed < due)
            {
                if (due - clock.Elapsed > TimeSpan.FromMilliseconds(2)) Thread.Sleep(1);
                else Thread.Yield();
            }
            var index = i;
            var body = bodies[i % bodies.Length];
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/recommendations", body);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                if (latencies is not null) latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            });
        }
        await Task.WhenAll(tasks);
        return errors;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
