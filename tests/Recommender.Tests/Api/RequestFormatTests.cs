using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CategoryMatch.Tests.Api;

/// <summary>How a request is written (types, charset, encoding, Accept, CSV header) is checked as strictly as what it says.</summary>
public sealed class RequestFormatTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";

    private static readonly string AuditJson = JsonSerializer.Serialize(new { entries = new[] { new { id = "e1", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14" } } });

    [Theory]
    [InlineData("/api/recommendations", "{\"text\": \"chatbot\", \"top\": \"3\"}")]
    [InlineData("/api/recommendations/batch", "{\"top\": \"3\", \"entries\": [{\"id\": \"a\", \"text\": \"chatbot\"}]}")]
    public async Task ANumberSentAsTextIsA400NamingTheField(string url, string json)
    {
        var (status, body) = await api.PostRawAsync(url, json);

        Assert.Equal(400, status);
        Assert.Contains("number", ProblemBody.OnlyError(body, "top"));
        Assert.Equal("top", ProblemBody.UnreadableField(body));
    }

    [Theory]
    [InlineData("text/csv;q=0")]
    [InlineData("text/csv;q=0.5, application/json")]
    [InlineData("application/json")]
    public async Task TheAuditAnswersJsonUnlessCsvIsPreferred(string accept)
    {
        var (status, contentType, text) = await api.PostBytesAsync("/api/audit", System.Text.Encoding.UTF8.GetBytes(AuditJson), "application/json", accept);

        Assert.Equal(200, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal("e1", JsonDocument.Parse(text).RootElement.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/csv, application/json;q=0.9")]
    [InlineData("text/csv, */*")]
    public async Task TheAuditAnswersCsvWhenCsvIsPreferred(string accept)
    {
        var (status, contentType, _) = await api.PostBytesAsync("/api/audit", System.Text.Encoding.UTF8.GetBytes(AuditJson), "application/json", accept);

        Assert.Equal(200, status);
        Assert.Equal("text/csv", contentType);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public async Task TheAuditReadsJsonInTheCharsetItsContentTypeNamesAsRecommendationsDo(string charset)
    {
        var encoding = System.Text.Encoding.GetEncoding(charset);
        var single = JsonSerializer.Serialize(new { text = VoiceBot, program = "ru-cca" });

        var (recommendationStatus, _, _) = await api.PostBytesAsync("/api/recommendations", encoding.GetBytes(single), $"application/json; charset={charset}");
        var (auditStatus, _, text) = await api.PostBytesAsync("/api/audit", encoding.GetBytes(AuditJson), $"application/json; charset={charset}");

        Assert.Equal(200, recommendationStatus);
        Assert.Equal(200, auditStatus);
        Assert.Equal("redirect", JsonDocument.Parse(text).RootElement.GetProperty("results")[0].GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("/api/recommendations", "gzip")]
    [InlineData("/api/audit", "gzip")]
    [InlineData("/api/recommendations/batch", "br")]
    [InlineData("/api/audit", "deflate, gzip")]
    public async Task ACompressedBodyIsA415SayingBodiesAreNotDecompressed(string url, string encoding)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(AuditJson));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(compressed.ToArray()) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var coding in encoding.Split(", ")) request.Content.Headers.ContentEncoding.Add(coding);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Content-Encoding", problem.GetProperty("detail").GetString());
        Assert.Equal(["identity"], response.Headers.GetValues("Accept-Encoding"));
    }

    [Theory]
    [InlineData("/api/recommendations")]
    [InlineData("/api/audit")]
    [InlineData("/api/recommendations/batch")]
    public async Task AnUnknownCharsetIsA415NamingIt(string url)
    {
        var (status, contentType, text) = await api.PostBytesAsync(url, System.Text.Encoding.UTF8.GetBytes(AuditJson), "application/json; charset=klingon");

        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Contains("'klingon'", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnIdentityContentEncodingIsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/audit") { Content = new StringContent(AuditJson, System.Text.Encoding.UTF8, "application/json") };
        request.Content.Headers.ContentEncoding.Add("identity");

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("id,program,filedCategory,text,text", "text")]
    [InlineData("id,program,filedCategory,text, ID ", "id")]
    public async Task ACsvHeaderWithADuplicateColumnIsA400NamingIt(string header, string column)
    {
        var csv = $"{header}\n1,ru-cca,ru-cca:14,\"{VoiceBot}\",second\n";

        var (status, contentType, text) = await api.PostBytesAsync("/api/audit", System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", accept: "text/csv");

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Contains($"'{column}' twice", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PostingToHealthIsA405Problem()
    {
        var client = api.CreateClient();

        using var post = await client.PostAsync("/health", new StringContent(""));
        using var get = await client.GetAsync("/health");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        Assert.Equal(405, (int)post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, (int)get.StatusCode);
        Assert.Equal(200, (int)head.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDoesNotEchoTheHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "attacker.example";

        using var response = await api.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.DoesNotContain("attacker.example", text);
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheConfiguredServer()
    {
        using var configured = api.WithWebHostBuilder(b => b.UseSetting("OpenApi:ServerUrl", "https://awards.example.org/categorymatch"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "attacker.example";

        using var response = await configured.CreateClient().SendAsync(request);
        var servers = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("servers");

        Assert.Equal(["https://awards.example.org/categorymatch"], servers.EnumerateArray().Select(s => s.GetProperty("url").GetString()));
    }
}
