using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CategoryMatch.Core;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// <c>examples-load --key KEY [--url http://127.0.0.1:5080] [--program ru-cca] [--count 10000]</c>: loads labelled
/// examples through the organiser API as an organiser would, CSV uploads each as large as the 2 MB body limit allows,
/// and prints the time from the first byte sent to the last answer. Texts are the corpus's texts of the programme,
/// repeated with new ids. Loopback addresses only.
/// </summary>
public static class ExampleLoad
{
    private const int MaxBodyBytes = 2 * 1024 * 1024 - 4096;

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Option(args, "--url", "http://127.0.0.1:5080"));
        var key = Option(args, "--key", "");
        var program = Option(args, "--program", "ru-cca");
        var count = int.Parse(Option(args, "--count", "10000"), CultureInfo.InvariantCulture);
        if (!IPAddress.TryParse(url.Host, out var ip) ? url.Host != "localhost" : !IPAddress.IsLoopback(ip))
        {
            Console.Error.WriteLine("error: examples-load only targets loopback addresses.");
            return 2;
        }
        if (key.Length == 0)
        {
            Console.Error.WriteLine("error: pass the organiser key with --key (its SHA-256 must be in the API's Organisers:Keys).");
            return 2;
        }

        // The model and the corpus only: the dev set is for `evaluate`, not for loading examples.
        var data = RecommenderModel.LocateDataDirectory(Environment.GetEnvironmentVariable("CATEGORYMATCH_DATA"), AppContext.BaseDirectory);
        var model = RecommenderModel.Load(data);
        var corpus = LabelledCorpus.Read(Path.Combine(data, "examples"), model.Catalog).Examples
            .Where(e => e.Program == program && e.InDomain).ToList();
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var e = corpus[i % corpus.Count];
            return $"bench-{i},{e.Expected[0]},\"{e.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{e.Lang}\n";
        }).ToList();
        var bodies = new List<string>();
        var body = new StringBuilder("id,categoryId,text,lang\n");
        foreach (var row in rows)
        {
            if (Encoding.UTF8.GetByteCount(body.ToString()) + Encoding.UTF8.GetByteCount(row) > MaxBodyBytes)
            {
                bodies.Add(body.ToString());
                body = new StringBuilder("id,categoryId,text,lang\n");
            }
            body.Append(row);
        }
        bodies.Add(body.ToString());

        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var clock = Stopwatch.StartNew();
        var failures = 0;
        foreach (var csv in bodies)
        {
            using var response = await http.PostAsync($"/api/programs/{program}/examples", new StringContent(csv, Encoding.UTF8, "text/csv"));
            var answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !answer.Contains("\"errors\":[]", StringComparison.Ordinal))
            {
                failures++;
                Console.Error.WriteLine($"{(int)response.StatusCode}: {answer[..Math.Min(400, answer.Length)]}");
            }
        }
        var elapsed = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"examples={count} requests={bodies.Count} program={program} failures={failures} seconds={elapsed.TotalSeconds:F2} examples_per_s={count / elapsed.TotalSeconds:F0}"));
        return failures == 0 ? 0 : 1;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
