using System.Buffers;
using System.Globalization;
using System.Text;

namespace CategoryMatch.Core.Text;

/// <summary>
/// Lower-cases and folds one word the way its language wants: Greek loses accents and final sigma,
/// Russian ё becomes е, Turkish keeps dotted/dotless i apart, Lithuanian keeps its letters,
/// English loses accents and the possessive 's.
/// </summary>
internal static class TextNormalizer
{
    // Base letter of every precomposed character below U+2000 (Latin, Greek, polytonic Greek),
    // computed once so the hot path folds accents with a table lookup instead of Unicode decomposition.
    private static readonly char[] Folded = BuildFoldTable();

    // Invariant lower case of every character below U+2000, computed once: char.ToLowerInvariant asks
    // ICU for each non-ASCII character, and Greek, Cyrillic and Lithuanian words are made of them.
    private static readonly char[] Lowered = BuildLowerTable();

    public static string Normalize(ReadOnlySpan<char> word, string language)
    {
        if (NeedsComposition(word))
            return NormalizeComposed(word.ToString().Normalize(NormalizationForm.FormC), language);
        return NormalizeComposed(word, language);
    }

    /// <summary>
    /// Normalises <paramref name="word"/> into <paramref name="destination"/> (at least as long as the
    /// word) without allocating; false, with nothing written, when the word needs Unicode composition first.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> word, string language, Span<char> destination, out int length)
    {
        length = 0;
        if (NeedsComposition(word)) return false;
        length = Fold(word, language, destination);
        return true;
    }

    private static string NormalizeComposed(ReadOnlySpan<char> word, string language)
    {
        char[]? rented = null;
        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        var length = Fold(word, language, buffer);
        var result = new string(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static int Fold(ReadOnlySpan<char> word, string language, Span<char> buffer)
    {
        var length = 0;
        // The language decided once per word, not per character.
        var (isGreek, isRussian, isTurkish, isEnglish) = (language == "el", language == "ru", language == "tr", language == "en");
        var foldsAccents = isGreek || isEnglish;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (IsApostrophe(c))
            {
                // Turkish writes suffixes after an apostrophe on names and numbers ("WhatsApp'tan", "2024'te");
                // English drops the possessive; elsewhere an apostrophe is just dropped.
                if (isTurkish && length > 0) break;
                if (isEnglish && i == word.Length - 2 && (word[i + 1] is 's' or 'S')) break;
                continue;
            }
            if (c == '\u00AD') continue;   // soft hyphen
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                // Only marks that do not compose remain after NFC: stress marks and the like.
                continue;
            }
            c = c switch
            {
                '\u0130' => 'i',
                'I' when isTurkish => '\u0131',
                _ => ToLowerInvariant(c),
            };
            if (foldsAccents && c < Folded.Length) c = Folded[c];
            if (isGreek && c == 'ς') c = 'σ';
            else if (isRussian && c == 'ё') c = 'е';
            buffer[length++] = c;
        }
        return length;
    }

    /// <summary>The same as <see cref="char.ToLowerInvariant"/>, by table lookup for Latin, Greek and Cyrillic.</summary>
    public static char ToLowerInvariant(char c) => c < Lowered.Length ? Lowered[c] : char.ToLowerInvariant(c);

    /// <summary>True for ', ’ and ʼ, which join the parts of a word.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool NeedsComposition(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return true;
        return false;
    }

    private static char[] BuildLowerTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++) table[i] = char.ToLowerInvariant((char)i);
        return table;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (c < 0xC0 || char.IsSurrogate(c)) continue;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && char.IsLetter(decomposed[0])) table[i] = decomposed[0];
        }
        return table;
    }
}
