namespace CategoryMatch.Core.Text;

/// <summary>
/// A light stemmer for Lithuanian, for which no stemmer library is available: it strips the longest
/// suffix from data/languages/lt.yaml that leaves a stem of at least the configured length.
/// Suffixes must be listed as whole paradigms ("imas", "imo", "imai", "imų"…), or forms of one word
/// would lose different amounts.
/// </summary>
internal static class LithuanianStemmer
{
    public static string Stem(string normalized, LanguageProfile profile)
    {
        // Suffixes are sorted longest first, so the first fit is the longest.
        foreach (var suffix in profile.Suffixes)
            if (normalized.Length - suffix.Length >= profile.MinStem && normalized.EndsWith(suffix, StringComparison.Ordinal))
                return normalized[..^suffix.Length];
        return normalized;
    }
}
