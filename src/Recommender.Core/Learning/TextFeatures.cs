using System.Runtime.InteropServices;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// What the learned models read in a text, as hashed feature keys with counts, in five groups that are
/// weighted and normalised separately (<see cref="FeatureVocabulary"/>), so no group drowns the others
/// and a long text weighs as much as a short one:
/// <list type="bullet">
/// <item>words: the stems of the text's content words, and negated stems apart ("no AI" is not "AI");</item>
/// <item>pairs: consecutive content stems ("agent desktop", "без операторов");</item>
/// <item>letters: four-letter pieces of each word with its edges, which carry meaning through inflection,
/// derivation, compounds and spelling variants, and are shared by loanwords and abbreviations across languages;</item>
/// <item>concepts: the lexicon's language-independent concepts;</item>
/// <item>facts: the size the text states (headcount, seats), in bands.</item>
/// </list>
/// </summary>
public static class TextFeatures
{
    /// <summary>The groups, in the order of their id (the top bits of a key).</summary>
    public static readonly IReadOnlyList<string> Groups = ["words", "pairs", "letters", "concepts", "facts"];

    /// <summary>Length of the letter pieces.</summary>
    public const int PieceLength = 4;

    private const int GroupShift = 29;   // keys carry their group in the top three bits

    /// <summary>The group of a feature key.</summary>
    public static int GroupOf(uint key) => (int)(key >> GroupShift);

    /// <summary>Adds the features of <paramref name="entry"/> to <paramref name="counts"/> (cleared first).</summary>
    public static void Extract(EncodedEntry entry, Dictionary<uint, float> counts)
    {
        counts.Clear();
        var tokens = entry.Analysis.Tokens;
        var language = entry.Analysis.Language;
        string? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsStopWord || token.Stem.Length < 2 || char.IsDigit(token.Stem[0]))
            {
                if (!token.IsStopWord) previous = null;   // a number breaks a pair; a stop word does not
                continue;
            }
            Add(counts, 0, token.IsNegated ? "¬" : language, token.Stem);
            if (previous is not null) Add(counts, 1, previous, token.Stem);
            previous = token.Stem;
            AddPieces(counts, token.Normalized);
        }
        foreach (var m in entry.Matches) Increment(counts, (3u << GroupShift) | (uint)m.ConceptIndex, m.Weight);
        if (entry.Analysis.Headcount is { } headcount) Add(counts, 4, "staff", Band(headcount));
        if (entry.Analysis.Seats is { } seats) Add(counts, 4, "seats", Band(seats));
    }

    // Bands that match the programmes' size limits (25, 50, 100, 500 seats or staff).
    private static string Band(decimal n) => n <= 25 ? "≤25" : n <= 50 ? "≤50" : n <= 100 ? "≤100" : n <= 500 ? "≤500" : ">500";

    private static void AddPieces(Dictionary<uint, float> counts, string word)
    {
        Span<char> padded = stackalloc char[Math.Min(word.Length, 60) + 2];
        padded[0] = '^';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '$';
        if (padded.Length <= PieceLength)
        {
            Increment(counts, Key(2, padded), 1);
            return;
        }
        for (var i = 0; i + PieceLength <= padded.Length; i++) Increment(counts, Key(2, padded.Slice(i, PieceLength)), 1);
    }

    private static void Add(Dictionary<uint, float> counts, int group, string a, string b, float weight = 1)
    {
        Span<char> buffer = stackalloc char[a.Length + b.Length + 1];
        a.AsSpan().CopyTo(buffer);
        buffer[a.Length] = '|';
        b.AsSpan().CopyTo(buffer[(a.Length + 1)..]);
        Increment(counts, Key(group, buffer), weight);
    }

    private static void Increment(Dictionary<uint, float> counts, uint key, float weight) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += weight;

    // FNV-1a over the characters, folded to 29 bits, with the group on top: stable across processes.
    private static uint Key(int group, ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return ((uint)group << GroupShift) | (hash & ((1u << GroupShift) - 1));
    }
}
