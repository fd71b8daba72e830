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
    public async Task TheAnswerSaysWhatTheTextPutsForward()
    {
        var text = "Η Κατερίνα Μαυρίδου απαντά εδώ και οκτώ χρόνια στις κλήσεις των πελατών μας και φέτος έλυσε το 96% τους με την πρώτη επαφή.";

        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text, program = "gr-csa" });

        Assert.Equal(200, status);
        Assert.Equal("individual", body.GetProperty("subject").GetProperty("kind").GetString());
        Assert.InRange(body.GetProperty("subject").GetProperty("probability").GetDouble(), 0.5, 1);
        Assert.Equal("gr-csa:5", body.GetProperty("results")[0].GetProperty("categoryId").GetString());
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

    // One summary per programme, each fitting a category only that programme has: ranked without a programme,
    // each must find its category among all 61, so every programme's categories are ranked and compete.
    [Theory]
    [InlineData("gr-csa:1", "Σχεδιάσαμε ένα πρόγραμμα εκπαίδευσης έξι μηνών για όλους τους εργαζόμενους της εξυπηρέτησης πελατών, με σεμινάρια επικοινωνίας.")]
    [InlineData("lt-iba:E01", "When a storm cut power across the region, our customer service team kept the lines open around the clock and answered triple the usual calls.")]
    [InlineData("ru-cca:13", SampleSummaries.RussianAiVoiceBot)]
    [InlineData("tr-cca:1", "Çağrı merkezimiz müşterilerine uzaktan, online kanallar üzerinden kesintisiz bir deneyim sunuyor; müşteri sadakati ve elde tutma oranı arttı.")]
    public async Task WithoutAProgrammeEveryProgrammeIsRanked(string expected, string text)
    {
        var (status, body) = await api.PostJsonAsync("/api/recommendations", new { text, top = 3 });

        Assert.Equal(200, status);
        var first = body.GetProperty("results")[0];
        Assert.Equal(expected, first.GetProperty("categoryId").GetString());
        Assert.Equal(expected.Split(':')[0], first.GetProperty("program").GetString());
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
