using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class StemmingTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("ru", "обучение обучения обучению обучением")]
    [InlineData("ru", "оператор оператора операторов операторам операторами")]
    [InlineData("ru", "жалоба жалобы жалоб жалобами")]
    public void RussianInflectedFormsShareOneStem(string language, string forms) => AssertOneStem(language, forms);

    [Theory]
    [InlineData("el", "εκπαίδευση εκπαίδευσης")]
    [InlineData("el", "πελάτης πελάτη πελάτες πελατών")]
    [InlineData("el", "εργαζόμενος εργαζόμενοι εργαζομένων")]
    public void GreekInflectedFormsShareOneStem(string language, string forms) => AssertOneStem(language, forms);

    [Theory]
    [InlineData("lt", "skundų skundai skundas skundus")]
    [InlineData("lt", "mokymo mokymai mokymų mokymas")]
    [InlineData("lt", "klientas klientų klientams klientai")]
    [InlineData("lt", "darbuotojas darbuotojų darbuotojams darbuotojai")]
    public void LithuanianInflectedFormsShareOneStem(string language, string forms) => AssertOneStem(language, forms);

    [Theory]
    [InlineData("tr", "müşteriler müşterilere müşteriye")]   // all "müşteri"; Snowball stems bare "müşteri" and "müşterinin" to "müşter": a known limit
    [InlineData("tr", "şikayet şikayetler şikayetleri")]
    [InlineData("tr", "temsilci temsilciler temsilcilerin")]
    public void TurkishInflectedFormsShareOneStem(string language, string forms) => AssertOneStem(language, forms);

    [Theory]
    [InlineData("en", "complaint complaints")]
    [InlineData("en", "agent agents agent's")]
    [InlineData("en", "train training trained trains")]
    public void EnglishInflectedFormsShareOneStem(string language, string forms) => AssertOneStem(language, forms);

    [Fact]
    public void ACompoundOfWordsIsReadAsItsWordsSoEachPartMatchesOnItsOwn()
    {
        var tokens = _analyzer.Tokenize("Работа контакт-центра и контакт-центров, generative-AI", "ru");

        Assert.Equal(["работ", "контакт", "центр", "и", "контакт", "центр", "generat", "ai"], tokens.Select(t => t.Stem));
    }

    [Fact]
    public void AHyphenNextToADigitStillJoinsOneWord()
    {
        var tokens = _analyzer.Tokenize("a 25-person team since COVID-19", "en");

        Assert.Equal(["a", "25-person", "team", "sinc", "covid-19"], tokens.Select(t => t.Stem));
    }

    [Fact]
    public void LatinWordsInRussianTextAreStemmedAsEnglish()
    {
        var tokens = _analyzer.Tokenize("chatbots", "ru");

        Assert.Equal(_analyzer.Tokenize("chatbot", "en")[0].Stem, tokens[0].Stem);
    }

    [Fact]
    public void TokenOffsetsPointIntoTheOriginalText()
    {
        const string text = "Без  машинного обучения, 1 140 мест.";

        var tokens = _analyzer.Tokenize(text, "ru");

        Assert.Equal(["Без", "машинного", "обучения", "1", "140", "мест"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.True(tokens[0].IsStopWord);
        Assert.False(tokens[1].IsStopWord);
    }

    [Fact]
    public void StemmingIsSafeFromManyThreads()
    {
        var expected = _analyzer.Tokenize("операторов обучения müşterilerin complaints εκπαίδευσης", "ru").Select(t => t.Stem).ToArray();

        var results = new string[64][];
        Parallel.For(0, results.Length, i =>
            results[i] = _analyzer.Tokenize("операторов обучения müşterilerin complaints εκπαίδευσης", "ru").Select(t => t.Stem).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private void AssertOneStem(string language, string forms)
    {
        var stems = _analyzer.Tokenize(forms, language).Select(t => t.Stem).Distinct().ToList();

        Assert.Single(stems);
    }
}
