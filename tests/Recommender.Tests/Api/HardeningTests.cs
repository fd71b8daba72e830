using System.Text;
using System.Text.Json;

namespace CategoryMatch.Tests.Api;

public sealed class HardeningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/api/recommendations", "application/json")]
    [InlineData("/api/audit", "text/csv")]
    [InlineData("/api/recommendations/batch", "application/json")]
    public async Task ABodyOverTwoMegabytesIsA413ProblemNamingTheLimit(string url, string contentType)
    {
        var body = System.Text.Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', 2 * 1024 * 1024) + "\"}");

        var (status, _, text) = await api.PostBytesAsync(url, body, contentType);

        Assert.Equal(413, status);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("2 MB", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/recommendations", "text/plain")]
    [InlineData("/api/recommendations/batch", "application/xml")]
    [InlineData("/api/audit", "application/x-www-form-urlencoded")]
    public async Task AnUnsupportedMediaTypeIsA415Problem(string url, string contentType)
    {
        var (status, _, text) = await api.PostBytesAsync(url, System.Text.Encoding.UTF8.GetBytes("text=chatbot"), contentType);

        Assert.Equal(415, status);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task JsonThatIsNotUtf8IsA400NamingTheFieldAndSayingSo()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("{\"text\": \"").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).Concat(System.Text.Encoding.UTF8.GetBytes("\"}")).ToArray();

        var (status, _, text) = await api.PostBytesAsync("/api/recommendations", body, "application/json");

        Assert.Equal(400, status);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("text", ProblemBody.UnreadableField(problem));
        Assert.Contains("not valid UTF-8", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ANullTextIsNamedAsMissing()
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", "{\"text\": null}");

        Assert.Equal(400, status);
        Assert.Equal("The text of the summary is required.", ProblemBody.OnlyError(body, "text"));
    }

    [Fact]
    public async Task NullOptionalFieldsAreIgnored()
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", "{\"text\": \"chatbot\", \"top\": null, \"program\": null, \"filedCategory\": null}");

        Assert.Equal(200, status);
        Assert.Equal(5, body.GetProperty("results").GetArrayLength());   // the default top
    }

    [Theory]
    [InlineData("{\"text\": \"chatbot\", \"top\": 2147483648}", "top")]
    [InlineData("{\"text\": \"chatbot\", \"top\": 3.5}", "top")]
    [InlineData("{\"text\": true}", "text")]
    [InlineData("{\"text\": {\"ru\": \"бот\"}}", "text")]
    public async Task OutlandishValuesAreNamedNeverA500(string json, string field)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", json);

        Assert.Equal(400, status);
        Assert.Equal(field, ProblemBody.UnreadableField(body));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesAuditAndBatch()
    {
        using var response = await api.CreateClient().GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/audit", "/api/recommendations/batch", "/api/recommendations", "/api/programs" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        Assert.True(paths.GetProperty("/api/audit").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
    }

    [Fact]
    public async Task TheInteractiveReferenceAndTheWebPageAreServed()
    {
        var client = api.CreateClient();

        var reference = await client.GetStringAsync("/scalar");
        var page = await client.GetStringAsync("/");

        Assert.Contains("openapi/v1.json", reference);
        Assert.Contains("CategoryMatch", page);
    }
}
