using System.Collections.Concurrent;

namespace CategoryMatch.Core.Text;

/// <summary>
/// The normalised form and stem of each word as written, for one language: a text's words repeat
/// across requests, so most tokens are answered without normalising, stemming or allocating.
/// Thread-safe; bounded, so a flood of distinct words cannot grow it without limit (past the bound,
/// words are still analysed, just not remembered). Both values are pure functions of the written
/// word and the language profile, so caching cannot change a result.
/// </summary>
internal sealed class WordCache(LanguageProfile profile)
{
    /// <summary>Words remembered per language at most (about 3 MB each when full).</summary>
    internal const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, (string Normalized, string Stem)> _words = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The profile the words are analysed with.</summary>
    public LanguageProfile Profile => profile;

    /// <summary>Normalises and stems <paramref name="word"/>; an empty normalised form means the word vanished.</summary>
    public (string Normalized, string Stem) Analyze(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;
        var normalized = TextNormalizer.Normalize(word, profile.Language);
        var result = (normalized, normalized.Length == 0 ? normalized : WordStemmer.Stem(normalized, profile));
        if (Volatile.Read(ref _count) < Capacity && lookup.TryAdd(word, result)) Interlocked.Increment(ref _count);
        return result;
    }
}
