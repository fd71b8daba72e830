using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class NegationTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Fact]
    public void RussianWithoutMachineLearningMarksBothWordsNegated()
    {
        var analysis = _analyzer.Analyze("Решение построено на правилах, без машинного обучения.", "ru");

        Assert.Equal(["машинного", "обучения"], Negated(analysis));
    }

    [Fact]
    public void EnglishWithoutMachineLearningMarksBothWordsNegated()
    {
        var analysis = _analyzer.Analyze("We built it on rules, without machine learning.", "en");

        Assert.Equal(["machine", "learning"], Negated(analysis));
    }

    [Fact]
    public void TurkishCueAfterTheWordsNegatesTheWordsBeforeIt()
    {
        var analysis = _analyzer.Analyze("Bu kanal tamamen otomatik: canlı temsilci yok.", "tr");

        Assert.Equal(["canlı", "temsilci"], Negated(analysis));
    }

    [Fact]
    public void ANegatedVerbEndingItsClauseReachesAFrontedObjectFourWordsBack()
    {
        var analysis = _analyzer.Analyze("Взысканием долгов наша команда не занимается. Звонки принимаем.", "ru");

        Assert.Equal(["взысканием", "долгов", "команда", "занимается"], Negated(analysis));
    }

    [Fact]
    public void GreekWithoutNegatesTheFollowingWords()
    {
        var analysis = _analyzer.Analyze("Λειτουργεί χωρίς τεχνητή νοημοσύνη.", "el");

        Assert.Equal(["τεχνητη", "νοημοσυνη"], Negated(analysis));
    }

    [Fact]
    public void LithuanianNegatedVerbNegatesWhatFollows()
    {
        var analysis = _analyzer.Analyze("Robotas nepriima skambučių naktį.", "lt");

        Assert.Contains("skambučių", Negated(analysis));
        Assert.DoesNotContain("robotas", Negated(analysis));
    }

    [Fact]
    public void NegationDoesNotCrossPunctuation()
    {
        var analysis = _analyzer.Analyze("Без выходных, операторы работают круглосуточно.", "ru");

        Assert.Equal(["выходных"], Negated(analysis));
    }

    [Fact]
    public void NotOnlyIsNotANegation()
    {
        var analysis = _analyzer.Analyze("Мы используем не только чат-бот, но и операторов.", "ru");

        Assert.Empty(Negated(analysis));
    }

    [Fact]
    public void TheCueItselfIsNotNegatedSoLexiconFormsCanStartWithIt()
    {
        var analysis = _analyzer.Analyze("Канал работает без операторов.", "ru");

        Assert.False(analysis.Tokens[2].IsNegated);
        Assert.True(analysis.Tokens[3].IsNegated);
    }

    [Fact]
    public void TokenizeMarksNoNegation()
    {
        var tokens = _analyzer.Tokenize("без машинного обучения", "ru");

        Assert.DoesNotContain(tokens, t => t.IsNegated);
    }

    private static string[] Negated(AnalyzedText analysis) =>
        [.. analysis.Tokens.Where(t => t.IsNegated).Select(t => t.Normalized)];
}
