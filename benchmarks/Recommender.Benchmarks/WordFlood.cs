using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>word-flood [--batches 150] [--words 100] [--length 19000] [--word-length N] [--idle 10] [--api PATH] [-- --Key=value ...]</c>:
/// replays issue 14's traffic against the real API in its own process: batches of <c>--words</c> entries of
/// <c>--length</c> random letters, every word new (the worst case for per-word caches), and prints the server's
/// working set before, at its peak, right after and after an idle pause. By default each entry is one word
/// (19,000 ASCII letters is the longest word 100 entries carry within the 2 MB body limit); <c>--word-length 8</c>
/// fills each entry with words of 8 letters instead, short enough to be remembered, so the byte budget is what
/// holds. Exits 1 when a batch fails or the working set ends over <c>--target</c> MB (250).
/// </summary>
public static class WordFlood
{
    public static async Task<int> RunAsync(string[] args)
    {
        var batches = Options.Int(args, "--batches", 150);
        var words = Options.Int(args, "--words", 100);
        var length = Options.Int(args, "--length", 19_000);
        var wordLength = Options.Int(args, "--word-length", length);
        var idle = Options.Int(args, "--idle", 10);
        var target = Options.Int(args, "--target", 250);
        using var server = await ApiServerProcess.StartAsync(Options.String(args, "--api"), Options.ServerSettings(args));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };

        // Warm-up with ordinary words, so "before" is a server that has already answered batches.
        await PostAsync(http, Batch(new Random(1), 20, 12, 12));
        var before = server.WorkingSetBytes;
        server.ResetPeak();

        var random = new Random(Workload.Seed);
        var failed = 0;
        var clock = Stopwatch.StartNew();
        for (var b = 0; b < batches; b++)
        {
            var status = await PostAsync(http, Batch(random, words, length, wordLength));
            if (status != 200)
            {
                failed++;
                Console.Error.WriteLine($"batch {b + 1}: HTTP {status}");
            }
        }
        var elapsed = clock.Elapsed;
        var after = server.WorkingSetBytes;
        var peak = server.PeakWorkingSetBytes;
        await Task.Delay(TimeSpan.FromSeconds(idle));
        var rested = server.WorkingSetBytes;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batches={batches} entries={words} length={length} word-length={wordLength} failed={failed} seconds={elapsed.TotalSeconds:F1} " +
            $"ws-before={Mb(before)}MB ws-peak={Mb(peak)}MB ws-after={Mb(after)}MB ws-after-{idle}s={Mb(rested)}MB target<{target}MB"));
        return failed == 0 && Mb(Math.Max(after, rested)) < target ? 0 : 1;
    }

    private static async Task<int> PostAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/api/recommendations/batch", body);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    // ASCII letters: one byte each in JSON, so 100 words of 19,000 stay under the 2 MB limit.
    private static object Batch(Random random, int entries, int length, int wordLength) => new
    {
        top = 1,
        entries = Enumerable.Range(0, entries).Select(i => new { id = $"w{i}", text = Words(random, length, wordLength) }).ToArray(),
    };

    // Random letters, a space after every wordLength of them.
    private static string Words(Random random, int length, int wordLength) => string.Create(length, random, (chars, r) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = (i + 1) % (wordLength + 1) == 0 ? ' ' : (char)('a' + r.Next(26));
    });

    internal static long Mb(long bytes) => bytes / (1024 * 1024);
}
