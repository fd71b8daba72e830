using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Text;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Text;

public sealed class WordCacheBudgetTests
{
    private static readonly LanguageResources Languages = LanguageResources.Load(Path.Combine(TestPaths.Data, "languages"));

    private static (TextAnalyzer Analyzer, ConceptLexicon Lexicon) Load(CacheBudget budget)
    {
        var analyzer = new TextAnalyzer(Languages, budget);
        return (analyzer, ConceptLexicon.Load(Path.Combine(TestPaths.Data, "concepts"), analyzer, budget));
    }

    private static string RandomWords(Random random, int words, int minLength, int maxLength, string letters) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ =>
            new string([.. Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => letters[random.Next(letters.Length)])])));

    [Theory]
    [InlineData("en", "abcdefghijklmnopqrstuvwxyz")]
    [InlineData("ru", "абвгдежзийклмнопрстуфхцчшщыэюя")]
    public void AFloodOfNewWordsFillsEachCacheUpToItsBudgetAndNoFurther(string language, string letters)
    {
        var budget = new CacheBudget { WordBytesPerLanguage = 64 * 1024, FormBytesPerLanguage = 32 * 1024 };
        var (analyzer, lexicon) = Load(budget);
        var random = new Random(14);

        // 40 texts of 500 new words each: 20,000 words, over 2 MB if every one were remembered.
        for (var i = 0; i < 40; i++) lexicon.Match(analyzer.Analyze(RandomWords(random, 500, 4, 12, letters), language));

        var words = analyzer.CachedWordBytes(language);
        var forms = lexicon.CachedFormBytes(language);
        Assert.InRange(words, budget.WordBytesPerLanguage * 9 / 10, budget.WordBytesPerLanguage);
        Assert.InRange(forms, budget.FormBytesPerLanguage * 9 / 10, budget.FormBytesPerLanguage);
    }

    [Fact]
    public void AWordLongerThanTheLimitIsAnalysedButNeverRemembered()
    {
        var (analyzer, lexicon) = Load(new CacheBudget());
        var word = RandomWords(new Random(14), 1, 19_000, 19_000, "abcdefghijklmnopqrstuvwxyz");
        var (wordsBefore, formsBefore) = (analyzer.CachedWordBytes("en"), lexicon.CachedFormBytes("en"));   // the lexicon's own words

        var analyzed = analyzer.Analyze(word.ToUpperInvariant(), "en");
        lexicon.Match(analyzed);

        Assert.Equal(word, Assert.Single(analyzed.Tokens).Normalized);
        Assert.Equal(wordsBefore, analyzer.CachedWordBytes("en"));
        Assert.Equal(formsBefore, lexicon.CachedFormBytes("en"));
    }

    [Fact]
    public void AWordUpToTheLimitIsRemembered()
    {
        var (analyzer, lexicon) = Load(new CacheBudget { MaxWordLength = 12 });
        var (wordsBefore, formsBefore) = (analyzer.CachedWordBytes("en"), lexicon.CachedFormBytes("en"));

        lexicon.Match(analyzer.Analyze("Zorblaticfrobnic", "en"));   // 16 letters: too long
        Assert.Equal(wordsBefore, analyzer.CachedWordBytes("en"));
        lexicon.Match(analyzer.Analyze("Zorblatic", "en"));

        Assert.InRange(analyzer.CachedWordBytes("en") - wordsBefore, 1, 512);
        Assert.InRange(lexicon.CachedFormBytes("en") - formsBefore, 1, 512);
    }

    [Fact]
    public void WhatTheCachesDoNotRememberIsWorkedOutTheSame()
    {
        var remembering = Load(new CacheBudget());
        var forgetting = Load(new CacheBudget { WordBytesPerLanguage = 0, FormBytesPerLanguage = 0 });
        var texts = Corpora.Builtin.Examples.Where((_, i) => i % 25 == 0).ToList();   // 208 texts, every language

        foreach (var example in texts.Concat(texts))   // twice: the second pass is answered from the cache
        {
            var expected = remembering.Analyzer.Analyze(example.Text);
            var actual = forgetting.Analyzer.Analyze(example.Text);
            Assert.Equal(expected.Tokens, actual.Tokens);
            Assert.Equal(remembering.Lexicon.Match(expected), forgetting.Lexicon.Match(actual));
        }
        Assert.Equal(0, TextAnalyzer.SupportedLanguages.Sum(forgetting.Analyzer.CachedWordBytes));
        Assert.True(TextAnalyzer.SupportedLanguages.All(l => remembering.Analyzer.CachedWordBytes(l) > 0), "every language's words were remembered");
    }
}
