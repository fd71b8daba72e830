using CategoryMatch.Core.Concepts;
using CategoryMatch.Tests.Text;

namespace CategoryMatch.Tests.Concepts;

/// <summary>
/// A form's "~" lets a few words stand between two of its words, and "&amp;" lets its words come in any
/// order near each other: how a phrase with free word order is written in a lexicon.
/// </summary>
public sealed class FormSyntaxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concepts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string> Mentions(string forms, string text, string language)
    {
        File.WriteAllText(Path.Combine(_folder, "test.yaml"), $"concepts:\n  - id: no-live-agents\n    {language}: [{forms}]\n");
        var lexicon = ConceptLexicon.Load(_folder, SharedAnalyzer.Instance);
        return lexicon.Match(SharedAnalyzer.Instance.Analyze(text, language)).Select(m => text.Substring(m.Start, m.Length)).ToList();
    }

    [Theory]
    [InlineData("Живых операторов в этом канале нет.", "операторов в этом канале нет")]
    [InlineData("Операторов нет.", "Операторов нет")]
    public void AGapLetsWordsStandBetween(string text, string mention) =>
        Assert.Equal([mention], Mentions("\"оператор* ~ нет\"", text, "ru"));

    [Fact]
    public void AGapNeverReachesPastItsWordsOrIntoTheNextSentence()
    {
        Assert.Empty(Mentions("\"оператор* ~ нет\"", "Операторов стало больше, смен тоже, а очередей в канале больше нет.", "ru"));
        Assert.Empty(Mentions("\"оператор* ~ нет\"", "Операторы работают. Очередей нет.", "ru"));
        Assert.Empty(Mentions("\"оператор* ~ нет\"", "Операторы? Их нет.", "ru"));
    }

    [Theory]
    [InlineData("live agents are involved", "live agents")]
    [InlineData("agents are live around the clock", "agents are live")]
    [InlineData("no live agents are involved", null)]
    public void WordsJoinedByAnAmpersandMatchInEitherOrderButNotWhenNegated(string text, string? mention) =>
        Assert.Equal(mention is null ? [] : [mention], Mentions("\"live & agent*\"", text, "en").Distinct());

    [Fact]
    public void AFormThatSaysNoItselfMatchesWordsANegationGoverns()
    {
        Assert.Equal(["без живых операторов"], Mentions("\"без ~ оператор*\"", "Канал работает без живых операторов.", "ru"));
        Assert.Empty(Mentions("\"живых оператор*\"", "Канал работает без живых операторов.", "ru"));
    }
}
