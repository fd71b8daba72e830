namespace CategoryMatch.Core.Text;

/// <summary>
/// Analyses entrant texts in Greek, Lithuanian, Russian, Turkish and English: detects the language,
/// normalises, tokenises and stems, marks stop words and negated words, and reads the quantities
/// and dates a text states. Safe to call from many threads at once. Each language's analysed words are
/// remembered within <see cref="CacheBudget.WordBytesPerLanguage"/>.
/// </summary>
/// <param name="resources">The languages' profiles.</param>
/// <param name="budget">What the word caches may hold; null takes the defaults.</param>
public sealed class TextAnalyzer(LanguageResources resources, CacheBudget? budget = null)
{
    private readonly CacheBudget _budget = budget ?? new CacheBudget();
    private readonly LanguageDetector _detector = new(resources);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordCache> _words = new(StringComparer.Ordinal);

    // Tokens up to which Analyze keeps its per-token flags on the stack (two bytes a token).
    private const int MaxStackFlags = 1024;

    // Per-thread scratch of Analyze and Tokenize: word spans, and the quantities and dates found,
    // are needed only until the result is built, and per-call lists were much of what analysis allocated.
    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly List<(int Start, int Length)> Spans = new(128);
        public readonly List<(Quantity Quantity, int Token)> Quantities = [];
        public readonly List<DateMention> Dates = [];
    }

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
        var scratch = t_scratch ??= new Scratch();
        var spans = SplitWords(text, scratch.Spans);   // once: detection and tokenising walk the same words
        var confidence = 1.0;
        if (language is null)
        {
            var guess = _detector.Detect(text, spans);
            (language, confidence) = (guess.Language, guess.Confidence);
        }
        var words = WordsOf(language);
        var profile = words.Profile;
        var tokens = TokenArray(text, spans, words);
        NegationMarker.Mark(text, tokens, profile);

        var read = scratch.Quantities;
        read.Clear();
        QuantityReader.Read(text, tokens, profile, read);
        // Per-token flags live only for this call: on the stack unless the text is very long.
        var counted = tokens.Length <= MaxStackFlags ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        foreach (var (quantity, token) in read)
            if (quantity.Kind != QuantityKind.Other) counted[token] = true;
        var isYear = tokens.Length <= MaxStackFlags ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        var dates = scratch.Dates;
        dates.Clear();
        DateReader.Read(text, tokens, profile, counted, isYear, dates);
        return new AnalyzedText(text, language, confidence, tokens, Quantities(read, isYear), dates.Count == 0 ? [] : dates.ToArray());
    }

    // The quantities that are not years: "2024" is a date, not an amount.
    private static Quantity[] Quantities(List<(Quantity Quantity, int Token)> read, ReadOnlySpan<bool> isYear)
    {
        var count = 0;
        foreach (var (_, token) in read)
            if (!isYear[token]) count++;
        if (count == 0) return [];
        var quantities = new Quantity[count];
        count = 0;
        foreach (var (quantity, token) in read)
            if (!isYear[token]) quantities[count++] = quantity;
        return quantities;
    }

    /// <summary>
    /// Normalises, tokenises and stems <paramref name="text"/> in <paramref name="language"/>, with stop
    /// words marked but no negation: how lexicon forms are compiled, so they meet texts on equal terms.
    /// </summary>
    public IReadOnlyList<Token> Tokenize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenArray(text, SplitWords(text, (t_scratch ??= new Scratch()).Spans), WordsOf(language));
    }

    /// <summary>Lower-cases and folds one word the language's way: what <c>*</c> prefix forms compare against.</summary>
    public string Normalize(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        return TextNormalizer.Normalize(word, resources.For(language).Language);
    }

    /// <summary>The estimated bytes that <paramref name="language"/>'s remembered words hold (0 before its first text).</summary>
    public long CachedWordBytes(string language) => _words.TryGetValue(language, out var words) ? words.Bytes : 0;

    private WordCache WordsOf(string language) =>
        _words.TryGetValue(language, out var words) ? words : _words.GetOrAdd(language, l => new WordCache(resources.For(l), _budget));

    // The word spans of the text, in the thread's scratch list: they live only until the tokens exist.
    private static List<(int Start, int Length)> SplitWords(string text, List<(int Start, int Length)> spans)
    {
        spans.Clear();
        WordTokenizer.Split(text, spans);
        return spans;
    }

    private static Token[] TokenArray(string text, List<(int Start, int Length)> spans, WordCache words)
    {
        var tokens = new Token[spans.Count];
        var count = 0;
        foreach (var (start, length) in spans)
        {
            var (normalized, stem, isStopWord) = words.Analyze(text.AsSpan(start, length));
            if (normalized.Length == 0) continue;   // a stray combining mark
            tokens[count++] = new Token(normalized, stem, start, length, isStopWord, false);
        }
        return count == tokens.Length ? tokens : tokens[..count];
    }
}
