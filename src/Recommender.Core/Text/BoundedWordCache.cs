using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CategoryMatch.Core.Text;

/// <summary>
/// What was worked out for a word, remembered up to a budget of bytes: add-only, thread-safe, looked up
/// by the word's span so a known word costs no string. Words longer than a maximum are never remembered,
/// and nothing is added once the estimated size would pass the budget. Holds only pure functions of the
/// word, so what it forgets is worked out again, the same.
/// A byte-bounded <c>MemoryCache</c> would evict instead of refusing, but it needs a string key per
/// lookup, which the span lookup here avoids on the analyser's hot path.
/// </summary>
internal sealed class BoundedWordCache<TValue>(long budgetBytes, int maxWordLength)
{
    // A ConcurrentDictionary node (header, key, value, next, hash) and its share of the bucket array.
    private const int EntryOverhead = 80;

    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _entries =
        new ConcurrentDictionary<string, TValue>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private long _bytes;

    /// <summary>Estimated bytes held: entries, their keys and what each value adds (<c>valueBytes</c>).</summary>
    public long Bytes => Volatile.Read(ref _bytes);

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value) =>
        _entries.TryGetValue(word, out value);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/> (copied into a new string) when it fits.</summary>
    /// <remarks><paramref name="valueBytes"/>: what the value holds beyond the entry itself (its strings, arrays).</remarks>
    public void TryAdd(ReadOnlySpan<char> word, TValue value, long valueBytes)
    {
        if (Reserve(word.Length, valueBytes) is not { } size) return;
        if (!_entries.TryAdd(word, value)) Interlocked.Add(ref _bytes, -size);
    }

    /// <summary>Remembers <paramref name="value"/> under <paramref name="word"/> itself when it fits.</summary>
    public void TryAdd(string word, TValue value, long valueBytes)
    {
        if (Reserve(word.Length, valueBytes) is not { } size) return;
        if (!_entries.Dictionary.TryAdd(word, value)) Interlocked.Add(ref _bytes, -size);
    }

    // The bytes are taken before the entry is added, so threads racing for the last of the budget cannot
    // overshoot it together; a loser gives its share back.
    private long? Reserve(int wordLength, long valueBytes)
    {
        if (wordLength > maxWordLength || Volatile.Read(ref _bytes) >= budgetBytes) return null;
        var size = EntryOverhead + HeapSize.OfString(wordLength) + valueBytes;
        if (Interlocked.Add(ref _bytes, size) <= budgetBytes) return size;
        Interlocked.Add(ref _bytes, -size);
        return null;
    }
}
