using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class LanguageDetectionTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("Наш контакт-центр снизил время ожидания вдвое.", "ru")]
    [InlineData("Η ομάδα μας απαντά σε κάθε κλήση μέσα σε ένα λεπτό.", "el")]
    [InlineData("Mūsų komanda atsako į skambučius per minutę.", "lt")]
    [InlineData("Ekibimiz her çağrıya bir dakika içinde yanıt veriyor.", "tr")]
    [InlineData("Our team answers every call within a minute.", "en")]
    public void OneSentenceIsDetectedInItsLanguage(string text, string expected)
    {
        var guess = _analyzer.DetectLanguage(text);

        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("Внедрили CRM Salesforce и WhatsApp Business, NPS вырос до 72.", "ru")]
    [InlineData("Με το νέο CRM και το WhatsApp Business το NPS ανέβηκε στο 72.", "el")]
    [InlineData("Per WhatsApp ir CRM sistemą klientai gauna atsakymą greičiau.", "lt")]
    [InlineData("WhatsApp ve CRM entegrasyonuyla NPS 72'ye çıktı.", "tr")]
    public void LatinAcronymsAndBrandsDoNotOutweighTheTextsOwnLanguage(string text, string expected)
    {
        var guess = _analyzer.DetectLanguage(text);

        Assert.Equal(expected, guess.Language);
    }

    [Fact]
    public void AGermanNameDoesNotMakeAnEnglishTextTurkish()
    {
        var guess = _analyzer.DetectLanguage("Jürgen Müller leads the team of our service desk and the quality unit.");

        Assert.Equal("en", guess.Language);
    }

    [Fact]
    public void AnalyzeWithoutALanguageUsesTheDetectedOne()
    {
        var analysis = _analyzer.Analyze("Klientų aptarnavimo skyrius dirba be pertraukų.");

        Assert.Equal("lt", analysis.Language);
        Assert.True(analysis.LanguageConfidence > 0);
    }

    [Fact]
    public void ATextWithoutLettersHasNoConfidence()
    {
        var guess = _analyzer.DetectLanguage("2024 — 85%");

        Assert.Equal(0, guess.Confidence);
    }
}
