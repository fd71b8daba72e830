using System.Text.Json;

namespace CategoryMatch.Tests.Api;

public sealed class BadRequestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static void AssertProblemNames(JsonElement body, string field)
    {
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        var named = body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _)
            || body.TryGetProperty("field", out var f) && f.GetString() == field;
        Assert.True(named, $"the problem does not name '{field}': {body}");
    }

    [Fact]
    public async Task PostingWithoutTextReturnsProblemDetailsNamingText()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { program = "ru-cca" });

        Assert.Equal(400, status);
        AssertProblemNames(body, "text");
    }

    [Fact]
    public async Task PostingBlankTextReturnsProblemDetailsNamingText()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "   " });

        Assert.Equal(400, status);
        AssertProblemNames(body, "text");
    }

    [Fact]
    public async Task TextOverTwentyThousandCharactersIsRejectedWithItsLength()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = new string('a', 20_001) });

        Assert.Equal(400, status);
        AssertProblemNames(body, "text");
        Assert.Contains("20001", body.GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task AnUnknownProgrammeIsNamed()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", program = "xx-awards" });

        Assert.Equal(400, status);
        AssertProblemNames(body, "program");
        Assert.Contains("xx-awards", body.GetProperty("errors").GetProperty("program")[0].GetString());
    }

    [Theory]
    [InlineData("ru-cca:99")]
    [InlineData("13")]
    public async Task AnUnknownFiledCategoryIsNamed(string filed)
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", filedCategory = filed });

        Assert.Equal(400, status);
        AssertProblemNames(body, "filedCategory");
    }

    [Fact]
    public async Task AFiledCategoryOfAnotherProgrammeIsRejected()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", program = "gr-csa", filedCategory = "ru-cca:13" });

        Assert.Equal(400, status);
        AssertProblemNames(body, "filedCategory");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-3)]
    public async Task TopOutOfRangeIsRejected(int top)
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", top });

        Assert.Equal(400, status);
        AssertProblemNames(body, "top");
    }

    [Theory]
    [InlineData("{\"text\": \"chatbot\", \"top\": \"five\"}", "top")]
    [InlineData("{\"text\": \"chatbot\", \"top\": 1e40}", "top")]
    [InlineData("{\"text\": \"chatbot\", \"top\": 99999999999999999999}", "top")]
    [InlineData("{\"text\": 42}", "text")]
    [InlineData("{\"text\": [\"a\"]}", "text")]
    public async Task AValueOfTheWrongTypeIsRejectedNamingTheField(string json, string field)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", json);

        Assert.Equal(400, status);
        AssertProblemNames(body, field);
    }

    [Theory]
    [InlineData("{\"text\": \"chatbot\"")]
    [InlineData("not json at all")]
    [InlineData("{\"text\": \"chatbot\",}")]
    public async Task MalformedJsonIsA400ProblemNotA500(string json)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", json);

        Assert.Equal(400, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnEmptyBodyIsA400Problem()
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", "");

        Assert.Equal(400, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ANullBodyIsA400ProblemNamingTheBody()
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", "null");

        Assert.Equal(400, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }
}
