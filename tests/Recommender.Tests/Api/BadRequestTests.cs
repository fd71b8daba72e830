namespace CategoryMatch.Tests.Api;

public sealed class BadRequestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PostingWithoutTextReturnsProblemDetailsNamingText()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { program = "ru-cca" });

        Assert.Equal(400, status);
        Assert.Equal("The text of the summary is required.", ProblemBody.OnlyError(body, "text"));
    }

    [Fact]
    public async Task PostingBlankTextReturnsProblemDetailsNamingText()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "   " });

        Assert.Equal(400, status);
        Assert.Equal("The text of the summary is required.", ProblemBody.OnlyError(body, "text"));
    }

    [Fact]
    public async Task TextOverTwentyThousandCharactersIsRejectedWithItsLength()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = new string('a', 20_001) });

        Assert.Equal(400, status);
        Assert.Contains("20001 characters", ProblemBody.OnlyError(body, "text"));
    }

    [Fact]
    public async Task AnUnknownProgrammeIsNamed()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", program = "xx-awards" });

        Assert.Equal(400, status);
        Assert.Contains("'xx-awards'", ProblemBody.OnlyError(body, "program"));
    }

    [Theory]
    [InlineData("ru-cca:99")]
    [InlineData("13")]
    public async Task AnUnknownFiledCategoryIsNamed(string filed)
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", filedCategory = filed });

        Assert.Equal(400, status);
        Assert.Contains($"'{filed}'", ProblemBody.OnlyError(body, "filedCategory"));
    }

    [Fact]
    public async Task AFiledCategoryOfAnotherProgrammeIsRejected()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", program = "gr-csa", filedCategory = "ru-cca:13" });

        Assert.Equal(400, status);
        Assert.Equal("Category 'ru-cca:13' is not in programme 'gr-csa'.", ProblemBody.OnlyError(body, "filedCategory"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-3)]
    public async Task TopOutOfRangeIsRejected(int top)
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = "chatbot", top });

        Assert.Equal(400, status);
        Assert.Equal($"top must be between 1 and 50; it was {top}.", ProblemBody.OnlyError(body, "top"));
    }

    [Fact]
    public async Task EveryWrongFieldIsNamedAtOnce()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = " ", program = "xx", filedCategory = "xx:1", top = 0 });

        Assert.Equal(400, status);
        Assert.Equal(["filedCategory", "program", "text", "top"], ProblemBody.Errors(body).Keys.Order());
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
        Assert.Equal(field, ProblemBody.UnreadableField(body));
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
        Assert.StartsWith("The body is not valid JSON: ", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task AnEmptyOrNullBodyIsA400ProblemNamingTheBody(string json)
    {
        var (status, body) = await api.PostRawAsync("/api/recommendations", json);

        Assert.Equal(400, status);
        Assert.Contains("'text' is required", ProblemBody.OnlyError(body, "body"));
    }
}
