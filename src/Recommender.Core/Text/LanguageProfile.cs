using System.Collections.Frozen;

namespace CategoryMatch.Core.Text;

/// <summary>One language's data file, compiled: every word normalised the language's way once, at load.</summary>
internal sealed class LanguageProfile
{
    public required string Language { get; init; }
    public required string DistinctiveLetters { get; init; }
    public required FrozenSet<string> StopWords { get; init; }
    public required FrozenSet<string> NegationBefore { get; init; }
    public required FrozenSet<string> NegationAfter { get; init; }
    public required string[] NegationPrefixes { get; init; }
    public required FrozenSet<string> NegationPrefixExceptions { get; init; }
    public required string[] NegationSuffixes { get; init; }
    public required WordPattern[] NotNegating { get; init; }
    public required FrozenSet<string> ScopeEnds { get; init; }
    public required char DecimalSeparator { get; init; }
    public required char[] GroupSeparators { get; init; }
    public required FrozenDictionary<string, int> NumberWords { get; init; }
    public required (WordPattern Pattern, decimal Factor)[] Multipliers { get; init; }
    public required WordPattern[] Headcount { get; init; }
    public required WordPattern[] Seats { get; init; }
    public required WordPattern[] PercentBefore { get; init; }
    public required WordPattern[] PercentAfter { get; init; }
    public required (WordPattern Pattern, int Month)[] Months { get; init; }

    /// <summary>
    /// <see cref="Months"/> grouped by the first letter of the form, in file order: a word can only match
    /// the forms that start with its own letter, and most words start with none.
    /// </summary>
    public required FrozenDictionary<char, (WordPattern Pattern, int Month)[]> MonthsByInitial { get; init; }
    public required WordPattern[] YearMarkers { get; init; }
    public required int MinStem { get; init; }

    /// <summary>Suffixes of the light stemmer, longest first (only languages without a library stemmer).</summary>
    public required string[] Suffixes { get; init; }

    /// <summary>The month a normalised word names, or 0.</summary>
    public int MonthOf(string normalized)
    {
        if (normalized.Length == 0 || !MonthsByInitial.TryGetValue(normalized[0], out var forms)) return 0;
        foreach (var (pattern, month) in forms)
            if (pattern.MatchesWord(0, normalized)) return month;
        return 0;
    }

    /// <summary>Whether the normalised word is a negated verb by its prefix (Lithuanian "nepriima").</summary>
    public bool HasNegatingPrefix(string normalized)
    {
        foreach (var prefix in NegationPrefixes)
            if (normalized.Length >= prefix.Length + 4 && normalized.StartsWith(prefix, StringComparison.Ordinal)
                && !NegationPrefixExceptions.Contains(normalized)) return true;
        return false;
    }

    /// <summary>Whether the normalised word is a negated verb by its ending (Turkish "kullanmıyoruz").</summary>
    public bool HasNegatingSuffix(string normalized)
    {
        foreach (var suffix in NegationSuffixes)
            if (normalized.Length >= suffix.Length + 3 && normalized.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }
}
