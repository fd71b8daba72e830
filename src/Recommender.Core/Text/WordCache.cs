using System.Collections.Concurrent;

namespace CategoryMatch.Core.Text;

/// <summary>
/// The normalised form, stem and stop-word flag of each word as written, for one language: a text's
/// words repeat across requests, so most tokens are answered by one lookup, without normalising,
/// stemming or allocating.
/// Thread-safe; bounded, so a flood of distinct words cannot grow it without limit (past the bound,
/// words are still analysed, just not remembered). All three are pure functions of the written
/// word and the language profile, so caching cannot change a result.
/// </summary>
internal sealed class WordCache(LanguageProfile profile)
{
    /// <summary>Words remembered per language at most (about 3 MB each when full).</summary>
    internal const int Capacity = 20_000;

    // Looked up by the word's span in the text, so a known word costs no string.
    private readonly ConcurrentDictionary<string, (string Normalized, string Stem, bool IsStopWord)>.AlternateLookup<ReadOnlySpan<char>> _words =
        new ConcurrentDictionary<string, (string Normalized, string Stem, bool IsStopWord)>(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    private int _count;

    /// <summary>The profile the words are analysed with.</summary>
    public LanguageProfile Profile => profile;

    /// <summary>Normalises and stems <paramref name="word"/>; an empty normalised form means the word vanished.</summary>
    public (string Normalized, string Stem, bool IsStopWord) Analyze(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var known)) return known;
        var normalized = TextNormalizer.Normalize(word, profile.Language);
        var stem = normalized.Length == 0 ? normalized : WordStemmer.Stem(normalized, profile);
        var result = (normalized, stem, profile.StopWords.Contains(normalized));
        if (Volatile.Read(ref _count) < Capacity && _words.TryAdd(word, result)) Interlocked.Increment(ref _count);
        return result;
    }
}
