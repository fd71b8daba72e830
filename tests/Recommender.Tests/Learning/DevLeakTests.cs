using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// The dev set is a test set: no wording of it may reach the data the product runs or learns on. A
/// lexicon form, a catalog keyword or a corpus text sharing a run of six words with a dev-set text was
/// not written independently of it (CorpusTests checks the corpus texts).
/// </summary>
public sealed class DevLeakTests
{
    private static readonly Lazy<WordRuns> DevRuns = new(() =>
        new WordRuns(EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl")).Select(c => c.Text), length: 6));

    [Fact]
    public void ASixWordRunIsFoundWhateverTheCaseAccentsOrPunctuationAndFiveWordsAreNot()
    {
        var runs = new WordRuns(["Ο πελάτης δεν χρειάζεται να επαναλάβει την ιστορία του, ποτέ."], length: 6);

        Assert.Equal("πελατησ δεν χρειαζεται να επαναλαβει την", runs.FirstShared("ΠΕΛΑΤΗΣ: δεν χρειάζεται — να επαναλάβει την ιστορία"));
        Assert.Null(runs.FirstShared("ο πελάτης δεν χρειάζεται να ξαναπεί την ιστορία του"));
    }

    [Fact]
    public void NoLexiconFormSharesARunOfSixWordsWithADevSetText()
    {
        var forms = Models.Real.Lexicon.Concepts.SelectMany(c => c.Forms.Values.SelectMany(f => f).Select(f => (c.Id, Form: f)));

        var copied = forms.Where(f => DevRuns.Value.FirstShared(f.Form.Replace("*", "").Replace("~", " ").Replace("&", " ")) is not null).ToList();

        Assert.True(copied.Count == 0, "Forms sharing six words with the dev set: " + string.Join("; ", copied));
    }

    [Fact]
    public void NoCatalogTextSharesARunOfSixWordsWithADevSetText()
    {
        var texts = Models.Real.Catalog.Categories.SelectMany(c => c.Keywords.Append(c.SummaryEn).Select(t => (c.Id, Text: t)));

        var copied = texts.Where(t => DevRuns.Value.FirstShared(t.Text) is { } run).Select(t => $"{t.Id}: {DevRuns.Value.FirstShared(t.Text)}").ToList();

        Assert.True(copied.Count == 0, "Catalog texts sharing six words with the dev set: " + string.Join("; ", copied));
    }
}
