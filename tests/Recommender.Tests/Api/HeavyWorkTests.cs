using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CategoryMatch.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Admission of audits and batches over the real HTTP pipeline, on Kestrel so that bodies sent chunked are chunked:
/// one runs, one waits, the rest are turned away with 503 and Retry-After, while small batches and single
/// recommendations are never held back.
/// </summary>
public sealed class HeavyWorkTests(HeavyWorkTests.OneAuditAtATime api) : IClassFixture<HeavyWorkTests.OneAuditAtATime>
{
    private const int RetryAfterSeconds = 7;

    /// <summary>The real API admitting one audit or batch at a time, with one more waiting.</summary>
    public sealed class OneAuditAtATime : KestrelApiServer
    {
        /// <inheritdoc />
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseSetting("HeavyWork:MaxConcurrent", "1")
            .UseSetting("HeavyWork:QueueLength", "1")
            .UseSetting("HeavyWork:RetryAfterSeconds", $"{RetryAfterSeconds}");
    }

    // An audit of the corpus's texts, a few seconds of ranking on one thread and far over the 64 KB of a light body.
    private static byte[] AuditCsv(int entries)
    {
        var csv = new StringBuilder("id,program,filedCategory,text\n");
        var examples = Corpora.Builtin.Examples.Where(e => e.InDomain).ToList();
        for (var i = 0; i < entries; i++)
        {
            var e = examples[i * 7 % examples.Count];
            csv.Append($"e{i},{e.Program},{e.Filed ?? e.Expected[0]},\"{e.Text.Replace("\"", "\"\"")}\"\n");
        }
        return System.Text.Encoding.UTF8.GetBytes(csv.ToString());
    }

    private HttpClient Client() => new() { BaseAddress = api.Address };

    // With its length declared, or chunked (a stream of unknown length), as HttpClient sends a stream.
    private static async Task<HttpResponseMessage> PostAuditAsync(HttpClient http, byte[] csv, string accept, bool chunked = false)
    {
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(csv)) : new ByteArrayContent(csv);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/audit") { Content = content };
        request.Content.Headers.ContentType = new("text/csv");
        request.Headers.Accept.ParseAdd(accept);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task MoreConcurrentAuditsThanRunAndWaitAreAnswered503WithRetryAfterAsProblemDetails()
    {
        using var http = Client();
        var csv = AuditCsv(300);
        Assert.True(csv.Length > 64 * 1024);

        // Six at once, half asking for CSV as the web page's download does, half sent chunked: one runs, one waits,
        // four are turned away.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PostAuditAsync(http, csv, i % 2 == 0 ? "text/csv" : "application/json", chunked: i % 3 == 0)));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is 200 or 503, $"an audit answered {s}: {string.Join(", ", statuses)}"));
        Assert.True(statuses.Count(s => s == 200) >= 2, $"the running and the waiting audit are answered: {string.Join(", ", statuses)}");
        Assert.True(statuses.Count(s => s == 503) >= 1, $"no audit was turned away: {string.Join(", ", statuses)}");
        foreach (var rejected in responses.Where(r => (int)r.StatusCode == 503))
        {
            Assert.Equal(TimeSpan.FromSeconds(RetryAfterSeconds), rejected.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Contains($"again in {RetryAfterSeconds} s", problem.GetProperty("detail").GetString());
        }
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task SmallBatchesAndSingleRecommendationsAreAnsweredWhileAuditsTakeEveryPlace()
    {
        using var http = Client();
        var csv = AuditCsv(300);
        var text = Corpora.Builtin.Examples.First(e => e.InDomain).Text;

        var audits = Enumerable.Range(0, 4).Select(_ => PostAuditAsync(http, csv, "application/json")).ToList();
        // PostAsJsonAsync sends its body chunked, with no length declared.
        var batches = Enumerable.Range(0, 5).Select(i => http.PostAsJsonAsync("/api/recommendations/batch",
            new { entries = new[] { new { id = $"{i}", text } } })).ToList();
        var singles = Enumerable.Range(0, 5).Select(_ => http.PostAsJsonAsync("/api/recommendations", new { text })).ToList();
        var auditStatuses = (await Task.WhenAll(audits)).Select(r => (int)r.StatusCode).ToList();

        Assert.Contains(503, auditStatuses);   // every place was taken while the others were sent
        Assert.All(await Task.WhenAll(batches), r => Assert.Equal(200, (int)r.StatusCode));
        Assert.All(await Task.WhenAll(singles), r => Assert.Equal(200, (int)r.StatusCode));
    }

    [Fact]
    public async Task AChunkedBodyIsReadOnceWhetherItTurnsOutSmallOrLarge()
    {
        using var http = Client();
        var csv = AuditCsv(300);
        var small = AuditCsv(2);

        using var large = await PostAuditAsync(http, csv, "application/json", chunked: true);
        using var light = await PostAuditAsync(http, small, "application/json", chunked: true);

        Assert.Equal(300, JsonDocument.Parse(await large.Content.ReadAsStringAsync()).RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(2, JsonDocument.Parse(await light.Content.ReadAsStringAsync()).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void AnAdmissionLimitOfZeroStopsStartUpNamingTheSetting()
    {
        using var api = new ApiFactory();
        using var broken = api.WithWebHostBuilder(b => b.UseSetting("HeavyWork:MaxConcurrent", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => broken.CreateClient());

        Assert.Contains("MaxConcurrent", error.Message);
    }

    /// <summary>A stream that hides its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
