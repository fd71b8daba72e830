using System.Globalization;

namespace CategoryMatch.Core.Text;

/// <summary>
/// Splits a text into words: runs of letters and digits, joined by a hyphen that touches a digit
/// ("25-person", "2024-м", "COVID-19"), an apostrophe ("2024'te") or, between digits, a dot or comma
/// ("12.000", "4,6"). A hyphen between letters separates words: "generative-AI", "machine-learning" and
/// "контакт-центр" are read as two words, so a compound names the same concepts as its parts.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Appends the (start, length) of every word of <paramref name="text"/> to <paramref name="spans"/>.</summary>
    public static void Split(string text, List<(int Start, int Length)> spans)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (true)
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                if (i + 1 < text.Length && IsJoiner(text, i)) { i++; continue; }
                break;
            }
            spans.Add((start, i - start));
        }
    }

    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        var next = text[i + 1];
        if (!IsWordChar(next)) return false;
        if (c is '-' or '\u2010' or '\u2011') return char.IsDigit(next) || char.IsDigit(text[i - 1]);
        if (TextNormalizer.IsApostrophe(c)) return char.IsLetter(next) && char.IsLetterOrDigit(text[i - 1]);
        // "12.000" and "4,6" are one number; "2024.05" too, read later as a date.
        return c is '.' or ',' && char.IsDigit(next) && char.IsDigit(text[i - 1]);
    }
}
