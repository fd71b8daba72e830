namespace CategoryMatch.Core.Text;

/// <summary>
/// Analyses entrant texts in Greek, Lithuanian, Russian, Turkish and English: detects the language,
/// normalises, tokenises and stems, marks stop words and negated words, and reads the quantities
/// and dates a text states. Safe to call from many threads at once.
/// </summary>
public sealed class TextAnalyzer(LanguageResources resources)
{
    private readonly LanguageDetector _detector = new(resources);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordCache> _words = new(StringComparer.Ordinal);

    /// <summary>The languages analysed: el, lt, ru, tr, en.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["el", "lt", "ru", "tr", "en"];

    /// <summary>Guesses the language of <paramref name="text"/> (script first, then letters and stop words).</summary>
    public LanguageGuess DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _detector.Detect(text);
    }

    /// <summary>
    /// Analyses <paramref name="text"/> in <paramref name="language"/>, or in the detected language
    /// when it is null. Throws <see cref="ArgumentException"/> for a language not supported.
    /// </summary>
    public AnalyzedText Analyze(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var confidence = 1.0;
        if (language is null)
        {
            var guess = _detector.Detect(text);
            (language, confidence) = (guess.Language, guess.Confidence);
        }
        var words = WordsOf(language);
        var profile = words.Profile;
        var tokens = TokenArray(text, words);
        NegationMarker.Mark(text, tokens, profile);

        var read = QuantityReader.Read(text, tokens, profile);
        var counted = new bool[tokens.Length];
        foreach (var (quantity, token) in read)
            if (quantity.Kind != QuantityKind.Other) counted[token] = true;
        var isYear = new bool[tokens.Length];
        var dates = DateReader.Read(text, tokens, profile, counted, isYear);
        var quantities = new List<Quantity>(read.Count);
        foreach (var (quantity, token) in read)
            if (!isYear[token]) quantities.Add(quantity);   // "2024" is a date, not an amount
        return new AnalyzedText(text, language, confidence, tokens, quantities, dates);
    }

    /// <summary>
    /// Normalises, tokenises and stems <paramref name="text"/> in <paramref name="language"/>, with stop
    /// words marked but no negation: how lexicon forms are compiled, so they meet texts on equal terms.
    /// </summary>
    public IReadOnlyList<Token> Tokenize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenArray(text, WordsOf(language));
    }

    /// <summary>Lower-cases and folds one word the language's way: what <c>*</c> prefix forms compare against.</summary>
    public string Normalize(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        return TextNormalizer.Normalize(word, resources.For(language).Language);
    }

    private WordCache WordsOf(string language) =>
        _words.TryGetValue(language, out var words) ? words : _words.GetOrAdd(language, l => new WordCache(resources.For(l)));

    private static Token[] TokenArray(string text, WordCache words)
    {
        var profile = words.Profile;
        var spans = new List<(int Start, int Length)>(text.Length / 6 + 1);
        WordTokenizer.Split(text, spans);
        var tokens = new Token[spans.Count];
        var count = 0;
        foreach (var (start, length) in spans)
        {
            var (normalized, stem) = words.Analyze(text.AsSpan(start, length));
            if (normalized.Length == 0) continue;   // a stray combining mark
            tokens[count++] = new Token(normalized, stem, start, length, profile.StopWords.Contains(normalized), false);
        }
        return count == tokens.Length ? tokens : tokens[..count];
    }
}
