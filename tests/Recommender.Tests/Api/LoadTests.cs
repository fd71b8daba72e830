using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Tests.Support;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Api;

public sealed class LoadTests(KestrelApiServer server, ITestOutputHelper output) : IClassFixture<KestrelApiServer>
{
    private const int Clients = 200;
    private const int Requests = 5_000;

    [Fact]
    public async Task TwoHundredConcurrentClientsSendFiveThousandRequestsWithoutAFailureAndMemoryStaysFlat()
    {
        var texts = EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl")).Select(c => (c.Text, c.Program)).ToArray();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        // The run is bounded: if the server stalls, the test fails after this long instead of hanging.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        await RunAsync(http, texts, 1_000, bound.Token);   // warm-up: JIT, pools, caches
        var (heapBefore, setBefore) = Memory();

        var failures = await RunAsync(http, texts, Requests, bound.Token);
        var (heapAfter, setAfter) = Memory();

        output.WriteLine($"GC heap {heapBefore / 1e6:F1} MB -> {heapAfter / 1e6:F1} MB; working set {setBefore / 1e6:F1} MB -> {setAfter / 1e6:F1} MB");
        Assert.Empty(failures);
        Assert.True(heapAfter < heapBefore + 64_000_000, $"the GC heap grew from {heapBefore / 1e6:F1} MB to {heapAfter / 1e6:F1} MB");
        Assert.True(setAfter < setBefore * 1.5 + 150_000_000, $"the working set grew from {setBefore / 1e6:F1} MB to {setAfter / 1e6:F1} MB");
    }

    [Fact]
    public async Task AChunkedBodyOverTwoMegabytesIsCutWithA413Problem()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var json = System.Text.Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', 3 * 1024 * 1024) + "\"}");
        using var content = new StreamContent(new MemoryStream(json));   // no Content-Length: sent chunked
        content.Headers.ContentType = new("application/json");

        using var response = await http.PostAsync("/api/recommendations", content);

        Assert.Equal(413, (int)response.StatusCode);
        Assert.Contains("2 MB", await response.Content.ReadAsStringAsync());
    }

    // Every client takes the next request number until all are sent; a mix of the endpoints a page and a script use.
    private static async Task<List<string>> RunAsync(HttpClient http, (string Text, string Program)[] texts, int total, CancellationToken cancellationToken)
    {
        var next = -1;
        var failures = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
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

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
