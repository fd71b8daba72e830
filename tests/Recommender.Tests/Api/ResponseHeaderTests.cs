namespace CategoryMatch.Tests.Api;

/// <summary>What every answer tells a browser about itself, over real sockets (Kestrel adds headers TestServer does not).</summary>
public sealed class ResponseHeaderTests(KestrelApiServer server) : IClassFixture<KestrelApiServer>
{
    private static readonly (string Method, string Path, string? Json)[] Requests =
    [
        ("GET", "/", null), ("GET", "/app.js", null), ("GET", "/app.css", null), ("GET", "/api/programs", null),
        ("GET", "/health", null), ("GET", "/openapi/v1.json", null), ("GET", "/scalar", null),
        ("GET", "/api/nothing-here", null), ("DELETE", "/api/recommendations", null),
        ("POST", "/api/recommendations", "{\"text\": \"\"}"), ("POST", "/api/recommendations", "{\"text\": "),
        ("POST", "/api/recommendations", "{\"text\": \"chatbot\"}"),
    ];

    [Fact]
    public async Task EveryResponseForbidsContentSniffingAndDoesNotNameTheServer()
    {
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var (method, path, json) in Requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);

            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing), $"{method} {path} ({(int)response.StatusCode}) lacks X-Content-Type-Options");
            Assert.Equal(["nosniff"], sniffing);
            Assert.False(response.Headers.Contains("Server"), $"{method} {path} names the server: {string.Join(", ", response.Headers.Server)}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    public async Task ThePageMayNotBeFramedNorRunScriptsFromElsewhere(string path)
    {
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.GetAsync(path);

        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), $"{path} has no Content-Security-Policy");
        var directives = Assert.Single(values).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
    }
}
