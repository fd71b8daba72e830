namespace CategoryMatch.Core.Text;

/// <summary>
/// The normalised form, stem and stop-word flag of each word as written, for one language: a text's
/// words repeat across requests, so most tokens are answered by one lookup, without normalising,
/// stemming or allocating.
/// Thread-safe; bounded in bytes (<see cref="CacheBudget"/>), so a flood of distinct or very long words
/// cannot grow it without limit (past the budget, words are still analysed, just not remembered). All
/// three are pure functions of the written word and the language profile, so caching cannot change a result.
/// </summary>
internal sealed class WordCache(LanguageProfile profile, CacheBudget budget)
{
    // The analysis tuple is stored inline in the entry: only its two strings add to the entry's size.
    private readonly BoundedWordCache<(string Normalized, string Stem, bool IsStopWord)> _words =
        new(budget.WordBytesPerLanguage, budget.MaxWordLength);

    /// <summary>The profile the words are analysed with.</summary>
    public LanguageProfile Profile => profile;

    /// <summary>Estimated bytes the remembered words hold.</summary>
    public long Bytes => _words.Bytes;

    /// <summary>Normalises and stems <paramref name="word"/>; an empty normalised form means the word vanished.</summary>
    public (string Normalized, string Stem, bool IsStopWord) Analyze(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var known)) return known;
        var normalized = TextNormalizer.Normalize(word, profile.Language);
        var stem = normalized.Length == 0 ? normalized : WordStemmer.Stem(normalized, profile);
        var result = (normalized, stem, profile.StopWords.Contains(normalized));
        var valueBytes = HeapSize.Of(normalized) + (ReferenceEquals(stem, normalized) ? 0 : HeapSize.Of(stem));
        _words.TryAdd(word, result, valueBytes);
        return result;
    }
}
