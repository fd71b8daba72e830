using System.Text.Json;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Api;

public sealed class RecommendationsApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RussianSummaryAboutAnAiVoiceBotRanksNomination13First()
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });

        Assert.Equal(200, status);
        Assert.Equal("ru", body.GetProperty("language").GetString());
        Assert.False(body.GetProperty("noMatch").GetBoolean());
        var first = body.GetProperty("results")[0];
        Assert.Equal("ru-cca:13", first.GetProperty("categoryId").GetString());
        Assert.Equal("13", first.GetProperty("code").GetString());
        Assert.Equal("ru-cca", first.GetProperty("program").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("titleEn").GetString()));
        Assert.Contains(first.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "concept");
    }

    [Fact]
    public async Task AnAiSolutionFiledInNomination12IsRedirectedTo13WithTheProgrammesReason()
    {
        var text = "Внедрили систему прогнозирования нагрузки и планирования смен (WFM); прогноз строит модель машинного обучения.";

        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text, program = "ru-cca", filedCategory = "ru-cca:12" });

        Assert.Equal(200, status);
        var redirect = body.GetProperty("redirect");
        Assert.Equal("ru-cca:12", redirect.GetProperty("from").GetString());
        Assert.Equal("ru-cca:13", redirect.GetProperty("to").GetString());
        Assert.Contains("ИИ", redirect.GetProperty("reason").GetString()!.ToUpperInvariant().Replace("ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", "ИИ"));
        var first = body.GetProperty("results")[0];
        Assert.Equal("ru-cca:13", first.GetProperty("categoryId").GetString());
        Assert.Equal("ru-cca:12", first.GetProperty("redirectedFrom").GetString());
    }

    [Fact]
    public async Task WithoutAFiledCategoryTheRedirectIsNull()
    {
        var (_, body) = await api.PostJsonAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca" });

        Assert.Equal(JsonValueKind.Null, body.GetProperty("redirect").ValueKind);
    }

    [Fact]
    public async Task WithoutAProgrammeEveryProgrammeIsRanked()
    {
        var text = "Our complaints team built a system that logs every complaint, resolves it within 24 hours and tracks root causes.";

        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text, top = 50 });

        Assert.Equal(200, status);
        var programmes = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("program").GetString()).Distinct().ToList();
        Assert.True(programmes.Count >= 3, $"results came from {string.Join(", ", programmes)} only");
    }

    [Fact]
    public async Task TopLimitsTheNumberOfResults()
    {
        var (_, body) = await api.PostJsonAsync("/api/recommendations", new { text = SampleSummaries.RussianAiVoiceBot, program = "ru-cca", top = 3 });

        Assert.Equal(3, body.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task ABakerysProductLaunchGetsNoConfidentCategory()
    {
        var text = "Наша пекарня выпустила новую линейку хлеба на закваске: полгода подбирали муку и рецептуру, а упаковку сделали из переработанной бумаги.";

        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text, program = "ru-cca" });

        Assert.Equal(200, status);
        Assert.True(body.GetProperty("noMatch").GetBoolean());
        Assert.True(body.GetProperty("results")[0].GetProperty("score").GetDouble() < 0.5);
    }
}
