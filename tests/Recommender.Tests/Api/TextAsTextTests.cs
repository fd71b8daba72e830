using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Api;

/// <summary>JSON answers carry Greek, Lithuanian, Russian and Turkish text as text, and still escape what HTML would read as markup.</summary>
public sealed partial class TextAsTextTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("ru-cca", SampleSummaries.RussianAiVoiceBot)]
    [InlineData("gr-csa", "Το κέντρο επικοινωνίας μας απαντά σε κλήσεις και μηνύματα πελατών όλο το εικοσιτετράωρο.")]
    [InlineData("lt-iba", "Mūsų klientų aptarnavimo komanda atsako į skambučius ir žinutes visą parą.")]
    [InlineData("tr-cca", "Çağrı merkezimiz müşterilerin şikâyetlerini ilk görüşmede çözüyor.")]
    public async Task ARecommendationCarriesTheProgrammesLettersAsThemselves(string program, string text)
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/api/recommendations", new { text, program, top = 3 });
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        var title = JsonDocument.Parse(raw).RootElement.GetProperty("results")[0].GetProperty("title").GetString()!;
        Assert.Contains(title, raw);
        Assert.True(title.Any(c => c > 0x7F), $"'{title}' has no letter beyond ASCII to check");
        Assert.DoesNotMatch(EscapedLetter(), raw);
    }

    [Fact]
    public async Task HtmlSensitiveCharactersInAnAnswerAreStillEscaped()
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/api/recommendations",
            new { text = "Голосовой бот отвечает клиентам.", program = "<b>ru-cca</b>" });
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\\u003Cb\\u003Eru-cca\\u003C/b\\u003E", raw);
        Assert.DoesNotContain("<b>", raw);
    }

    [Fact]
    public async Task TheOpenApiExamplesShowSummariesInTheirOwnLetters()
    {
        var raw = await api.CreateClient().GetStringAsync("/openapi/v1.json");

        var example = JsonDocument.Parse(raw).RootElement.GetProperty("paths").GetProperty("/api/recommendations")
            .GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("ru-cca", example.GetProperty("program").GetString());
        foreach (var words in new[] { "Голосовой бот", "Η ομάδα εξυπηρέτησης", "Mūsų klientų", "Çağrı merkezimiz" })
            Assert.Contains(words, raw);
        Assert.DoesNotMatch(EscapedLetter(), raw);
    }

    // A \u escape of anything but the characters an encoder must escape for HTML (< > & ' " + `).
    [GeneratedRegex(@"\\u(?!003[CcEe]|0026|0027|0022|002[Bb]|0060)[0-9A-Fa-f]{4}")]
    private static partial Regex EscapedLetter();
}
