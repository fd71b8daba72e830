using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Every error answers ProblemDetails JSON, whatever the client's Accept header asks for: the web page's
/// Download button sends <c>Accept: text/csv</c>, a browser <c>text/html</c>, and each of them must still
/// learn what went wrong. Over real sockets (Kestrel), so the server's own limits (a chunked body) apply.
/// </summary>
public sealed class ProblemJsonTests(LoggedApiServer server) : IClassFixture<LoggedApiServer>
{
    private const long Limit = 2 * 1024 * 1024;

    /// <summary>One request that goes wrong, by name, with the status it must answer.</summary>
    private static readonly Dictionary<string, (int Status, Func<HttpRequestMessage> Request)> Errors = new()
    {
        ["a declared body over the limit"] = (413, () =>
        {
            var request = Post("/api/audit", new ByteArrayContent(new byte[Limit + 1]), "text/csv");
            // As a careful uploader does: wait for the server's go-ahead, so its early 413 is read rather than raced.
            request.Headers.ExpectContinue = true;
            return request;
        }),
        ["a chunked body over the limit"] = (413, () =>
        {
            // One byte over, so the server finds out on the client's last byte, not while it is still sending.
            var body = System.Text.Encoding.UTF8.GetBytes("id,program,filedCategory,text\n1,ru-cca,ru-cca:13,").Concat(Enumerable.Repeat((byte)'a', (int)Limit)).Take((int)Limit + 1);
            var request = Post("/api/audit", new ByteArrayContent([.. body]), "text/csv");
            request.Headers.TransferEncodingChunked = true;   // no Content-Length: the server finds out while reading
            return request;
        }),
        ["malformed JSON"] = (400, () => Post("/api/recommendations", Json("{\"text\": "), "application/json")),
        ["malformed JSON to the audit"] = (400, () => Post("/api/audit", Json("{\"entries\": [}"), "application/json")),
        ["a lone surrogate"] = (400, () => Post("/api/recommendations", Json("{\"text\": \"\\ud800 chatbot\"}"), "application/json")),
        ["an empty text"] = (400, () => Post("/api/recommendations", Json("{\"text\": \"\"}"), "application/json")),
        ["an unsupported media type"] = (415, () => Post("/api/recommendations", Json("text=chatbot"), "text/plain")),
        ["an unsupported media type to the audit"] = (415, () => Post("/api/audit", Json("id=1"), "application/x-www-form-urlencoded")),
        ["an unknown path"] = (404, () => new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here")),
        ["an unknown programme"] = (404, () => new HttpRequestMessage(HttpMethod.Get, "/api/programs/xx-none/categories")),
        ["a method the path does not take"] = (405, () => new HttpRequestMessage(HttpMethod.Delete, "/api/recommendations")),
    };

    public static TheoryData<string, string> EveryErrorUnderEveryAccept()
    {
        var data = new TheoryData<string, string>();
        foreach (var error in Errors.Keys)
            foreach (var accept in new[] { "text/csv", "text/html", "text/plain", "application/xml", "*/*", "application/json" })
                data.Add(error, accept);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryErrorUnderEveryAccept))]
    public async Task AnErrorIsAnsweredAsProblemJsonWhateverTheAcceptHeaderSays(string error, string accept)
    {
        var (expected, create) = Errors[error];
        using var request = create();
        request.Headers.Accept.ParseAdd(accept);

        var (status, contentType, problem) = await SendAsync(request);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), $"the problem has no title: {problem}");
    }

    [Theory]
    [InlineData("a declared body over the limit")]
    [InlineData("malformed JSON")]
    [InlineData("an unknown path")]
    public async Task TheProblemIsTheSameWhetherTheClientAskedForCsvOrJson(string error)
    {
        var (_, create) = Errors[error];
        using var asCsv = create();
        asCsv.Headers.Accept.ParseAdd("text/csv");
        using var asJson = create();
        asJson.Headers.Accept.ParseAdd("application/json");

        var (_, _, csvProblem) = await SendAsync(asCsv);
        var (_, _, jsonProblem) = await SendAsync(asJson);

        Assert.Equal(jsonProblem.EnumerateObject().Select(p => p.Name), csvProblem.EnumerateObject().Select(p => p.Name));
        foreach (var member in new[] { "type", "title", "status", "detail" })
            Assert.Equal(jsonProblem.TryGetProperty(member, out var j) ? j.ToString() : null, csvProblem.TryGetProperty(member, out var c) ? c.ToString() : null);
    }

    [Fact]
    public async Task AClientErrorLeavesNoStackTraceInTheLog()
    {
        server.Log.Clear();

        foreach (var (name, (expected, create)) in Errors)
        {
            using var request = create();
            request.Headers.Accept.ParseAdd("text/csv");
            Assert.Equal(expected, (await SendAsync(request)).Status);
        }

        var logged = server.Log.GetSnapshot().Where(r => r.LevelEnabled && (r.Exception is not null || r.Level >= LogLevel.Warning)).ToList();
        Assert.True(logged.Count == 0, "client errors were logged as failures:\n" + string.Join("\n", logged.Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception?.GetType().Name}")));
    }

    private async Task<(int Status, string? ContentType, JsonElement Problem)> SendAsync(HttpRequestMessage request)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length > 0, $"{(int)response.StatusCode} with an empty body ({response.Content.Headers.ContentType})");
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static HttpRequestMessage Post(string url, HttpContent content, string contentType)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static ByteArrayContent Json(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
