namespace CategoryMatch.Core.Text;

/// <summary>
/// Finds years (2000-2099, also "2024-м", "2024'te", "2024 m."), month-name dates in the
/// language's orders ("с 1 июля 2023 года", "2024 m. kovo mėn.", "January 15, 2024") and
/// numeric dates ("2024-03-15", "15.03.2024"). A number counted as people, seats or a percentage is no year.
/// </summary>
internal static class DateReader
{
    private const int FirstYear = 2000;
    private const int LastYear = 2099;

    /// <summary>
    /// Appends the dates of the text to <paramref name="dates"/> (empty), in text order;
    /// <paramref name="isYear"/> is set for every token read as part of a date.
    /// </summary>
    public static void Read(string text, Token[] tokens, LanguageProfile profile, ReadOnlySpan<bool> counted, Span<bool> isYear,
        List<DateMention> dates)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var month = tokens[i].Normalized.Length >= 3 ? profile.MonthOf(tokens[i].Normalized) : 0;
            if (month == 0 || !TryMonthDate(text, tokens, i, month, profile, counted, out var date, out var from, out var to)) continue;
            dates.Add(date);
            for (var k = from; k <= to; k++) isYear[k] = true;
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (isYear[i] || counted[i]) continue;
            var raw = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!char.IsAsciiDigit(raw[0])) continue;   // years and numeric dates start with a digit
            if (TryNumericDate(raw, out var year, out var m, out var d)
                || (TryYear(raw, out year) && (year != FirstYear || HasYearMarker(tokens, i, profile))))
            {
                dates.Add(new DateMention(year, m, d, tokens[i].Start, tokens[i].Length));
                isYear[i] = true;
            }
        }
        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool TryMonthDate(string text, Token[] tokens, int i, int month, LanguageProfile profile, ReadOnlySpan<bool> counted,
        out DateMention date, out int from, out int to)
    {
        date = default;
        from = to = i;
        int? day = null;
        var year = 0;
        if (YearAt(text, tokens, i + 1, counted, out year)                                // "июля 2023", "January 2024"
            || (i + 2 < tokens.Length && tokens[i + 1].IsStopWord && YearAt(text, tokens, i + 2, counted, out year)))
        {
            to = tokens[i + 1].IsStopWord ? i + 2 : i + 1;                               // "Ιούλιο του 2023"

            if (DayAt(text, tokens, i - 1, out var d)) { day = d; from = i - 1; }         // "1 июля 2023"
        }
        else if (DayAt(text, tokens, i + 1, out var d1) && YearAt(text, tokens, i + 2, counted, out year))
        {
            day = d1;                                                                    // "January 15, 2024"
            to = i + 2;
        }
        else if (YearAt(text, tokens, i - 1, counted, out year)) from = i - 1;            // "2024 Mart"
        else if (i >= 2 && HasYearMarker(tokens, i - 2, profile) && YearAt(text, tokens, i - 2, counted, out year))
        {
            from = i - 2;                                                                // "2024 m. kovo"
            if (DayAt(text, tokens, i + 1, out var d2)) { day = d2; to = i + 1; }        // "2024 m. kovo 5 d."
        }
        else return false;
        var end = tokens[to].Start + tokens[to].Length;
        date = new DateMention(year, month, day, tokens[from].Start, end - tokens[from].Start);
        return true;
    }

    private static bool YearAt(string text, Token[] tokens, int i, ReadOnlySpan<bool> counted, out int year)
    {
        year = 0;
        return i >= 0 && i < tokens.Length && !counted[i] && TryYear(text.AsSpan(tokens[i].Start, tokens[i].Length), out year);
    }

    private static bool DayAt(string text, Token[] tokens, int i, out int day)
    {
        day = 0;
        if (i < 0 || i >= tokens.Length) return false;
        var raw = text.AsSpan(tokens[i].Start, tokens[i].Length);
        return raw.Length <= 2 && NumberParser.AllDigits(raw) && int.TryParse(raw, out day) && day is >= 1 and <= 31;
    }

    private static bool HasYearMarker(Token[] tokens, int year, LanguageProfile profile) =>
        WordPattern.FirstMatch(profile.YearMarkers, tokens, year + 1) is not null;

    /// <summary>"2024", "2024-м", "2024'te": four digits in range, alone or with a letter suffix.</summary>
    private static bool TryYear(ReadOnlySpan<char> raw, out int year)
    {
        year = 0;
        if (raw.Length < 4 || !NumberParser.AllDigits(raw[..4])) return false;
        if (raw.Length > 4 && !(raw[4] is '-' or '\u2010' or '\u2011' || TextNormalizer.IsApostrophe(raw[4])
                                && raw.Length > 5 && char.IsLetter(raw[5])))
            return false;
        year = int.Parse(raw[..4]);
        return year is >= FirstYear and <= LastYear;
    }

    /// <summary>"2024-03-15", "2024-03", "2024.03.15", "15.03.2024".</summary>
    private static bool TryNumericDate(ReadOnlySpan<char> raw, out int year, out int? month, out int? day)
    {
        year = 0;
        month = day = null;
        Span<Range> parts = stackalloc Range[4];
        var count = raw.SplitAny(parts, "-.");
        if (count is < 2 or > 3) return false;
        Span<int> n = stackalloc int[3];
        for (var p = 0; p < count; p++)
            if (!NumberParser.AllDigits(raw[parts[p]]) || !int.TryParse(raw[parts[p]], out n[p])) return false;
        var firstIsYear = raw[parts[0]].Length == 4;
        var lastIsYear = count == 3 && raw[parts[2]].Length == 4;
        if (firstIsYear && raw[parts[1]].Length <= 2 && (count == 2 || raw[parts[2]].Length <= 2))
            (year, month, day) = (n[0], n[1], count == 3 ? n[2] : null);
        else if (lastIsYear && raw[parts[0]].Length <= 2 && raw[parts[1]].Length <= 2)
            (year, month, day) = (n[2], n[1], n[0]);
        else return false;
        return year is >= FirstYear and <= LastYear && month is >= 1 and <= 12 && day is null or (>= 1 and <= 31);
    }
}
