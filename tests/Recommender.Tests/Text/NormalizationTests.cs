using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class NormalizationTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("Εξυπηρέτησης", "εξυπηρετησησ")]
    [InlineData("ΠΡΟΪΟΝΤΑ", "προιοντα")]
    [InlineData("διΐστανται", "διιστανται")]
    [InlineData("ΐ", "ι")]
    public void GreekLosesAccentsDiaeresisAndFinalSigma(string word, string expected) =>
        Assert.Equal(expected, _analyzer.Normalize(word, "el"));

    [Theory]
    [InlineData("IĞDIR", "ığdır")]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("Işık", "ışık")]
    [InlineData("WhatsApp'tan", "whatsapp")]
    public void TurkishKeepsDottedAndDotlessIApart(string word, string expected) =>
        Assert.Equal(expected, _analyzer.Normalize(word, "tr"));

    [Fact]
    public void EnglishLowerCasesCapitalIWithADot() => Assert.Equal("istanbul", _analyzer.Normalize("ISTANBUL", "en"));

    [Fact]
    public void RussianYoBecomesYe() => Assert.Equal("учет", _analyzer.Normalize("Учёт", "ru"));

    [Fact]
    public void RussianShortIIsKeptEvenWhenDecomposed() =>
        Assert.Equal("новый", _analyzer.Normalize("Новы\u0438\u0306", "ru"));

    [Fact]
    public void LithuanianKeepsItsDiacritics() => Assert.Equal("skundų", _analyzer.Normalize("SKUNDŲ", "lt"));

    [Fact]
    public void DecomposedLithuanianLettersAreComposed() => Assert.Equal("ąžuolas", _analyzer.Normalize("A\u0328z\u030Cuolas", "lt"));

    [Fact]
    public void EnglishDropsThePossessiveAndAccents()
    {
        Assert.Equal("customer", _analyzer.Normalize("Customer's", "en"));
        Assert.Equal("cafe", _analyzer.Normalize("Café", "en"));
    }

    [Fact]
    public void UnsupportedLanguageIsRejected() =>
        Assert.Throws<ArgumentException>(() => _analyzer.Normalize("word", "de"));
}
