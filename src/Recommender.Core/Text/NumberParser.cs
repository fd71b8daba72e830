using System.Globalization;

namespace CategoryMatch.Core.Text;

/// <summary>
/// Reads numbers written the language's way: "12.000" and "1 140" are thousands where dots or
/// spaces group digits, "1,4" and "4.7" are decimals.
/// </summary>
internal static class NumberParser
{
    /// <summary>Reads the leading number of a token ("12.000", "4,6", "25" of "25-person"); the digits read in <paramref name="consumed"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, LanguageProfile profile, out decimal value, out int consumed)
    {
        value = 0;
        consumed = 0;
        while (consumed < token.Length && (char.IsAsciiDigit(token[consumed])
               || (token[consumed] is '.' or ',' && consumed + 1 < token.Length && char.IsAsciiDigit(token[consumed + 1]))))
            consumed++;
        if (consumed == 0) return false;
        var number = token[..consumed];
        var last = number.LastIndexOfAny('.', ',');
        if (last < 0) return decimal.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out value);

        var separator = number[last];
        var fraction = number[(last + 1)..];
        var isGroup = separator != profile.DecimalSeparator && fraction.Length == 3
                      && Array.IndexOf(profile.GroupSeparators, separator) >= 0;
        Span<char> digits = stackalloc char[number.Length];
        var length = 0;
        for (var i = 0; i < number.Length; i++)
        {
            if (char.IsAsciiDigit(number[i])) digits[length++] = number[i];
            else if (i == last && !isGroup) digits[length++] = '.';
            else if (i != last && (Array.IndexOf(profile.GroupSeparators, number[i]) < 0 || (!isGroup && number[i] == separator)))
                return false;   // "2024.05.15" is a date, not a number
        }
        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether a token is a plain digit group of 1-3 digits, the head of "1 140".</summary>
    public static bool IsShortGroup(ReadOnlySpan<char> token) => token.Length is >= 1 and <= 3 && AllDigits(token);

    /// <summary>Whether a token is exactly three digits, a tail group of "1 140".</summary>
    public static bool IsGroupOfThree(ReadOnlySpan<char> token) => token.Length == 3 && AllDigits(token);

    /// <summary>Whether the gap between two tokens is one space that the language uses to group digits.</summary>
    public static bool IsSpaceGroupGap(ReadOnlySpan<char> gap, LanguageProfile profile) =>
        gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F' or '\u2009' && Array.IndexOf(profile.GroupSeparators, ' ') >= 0;

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }
}
