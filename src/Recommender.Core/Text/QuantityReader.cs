namespace CategoryMatch.Core.Text;

/// <summary>
/// Finds the numbers of a text, digits ("1 140", "12.000", "1,1 млн") or number words
/// ("двенадцать", "on iki"), and classifies each by the words around it (data/languages):
/// a people noun makes a headcount, a seat noun a seat count, "%" or a percent word a percentage.
/// </summary>
internal static class QuantityReader
{
    // How far after a number its noun may be: "92 agents", "12 full-time agents".
    private const int NounReach = 2;

    /// <summary>Appends the quantities of the text to <paramref name="found"/>, each with the index of its first token.</summary>
    public static void Read(string text, Token[] tokens, LanguageProfile profile, List<(Quantity Quantity, int Token)> found)
    {
        var start = found.Count;
        for (var i = 0; i < tokens.Length; i++)
        {
            var first = i;
            var raw = text.AsSpan(tokens[i].Start, tokens[i].Length);
            decimal value;
            string? attached = null;
            bool fromWords;
            if (char.IsAsciiDigit(raw[0]))
            {
                if (!NumberParser.TryParse(raw, profile, out value, out var consumed)) continue;
                if (consumed < raw.Length && raw[consumed] is '-' or '\u2010' or '\u2011')
                    attached = TextNormalizer.Normalize(raw[(consumed + 1)..], profile.Language);   // "25-person"
                else if (consumed == raw.Length)
                    value = MergeSpaceGroups(text, tokens, ref i, profile, value);
                fromWords = false;
            }
            else if (!TryNumberWords(tokens, ref i, profile, out value)) continue;
            else fromWords = true;

            var last = i;
            foreach (var (pattern, factor) in profile.Multipliers)
                if (pattern.MatchesAt(tokens, i + 1) && !ClauseBreaks.Between(text, tokens[i], tokens[i + 1]))
                {
                    value *= factor;
                    last = i + pattern.Length;
                    break;
                }
            var kind = Classify(text, tokens, first, last, attached, profile);
            if (fromWords && kind == QuantityKind.Other) { i = last; continue; }   // "one of", "bir" are not counts
            var end = tokens[last].Start + tokens[last].Length;
            found.Add((new Quantity(value, kind, tokens[first].Start, end - tokens[first].Start), first));
            i = last;
        }
        SpreadOverRanges(text, found, start);
    }

    private static decimal MergeSpaceGroups(string text, Token[] tokens, ref int i, LanguageProfile profile, decimal value)
    {
        if (!NumberParser.IsShortGroup(text.AsSpan(tokens[i].Start, tokens[i].Length))) return value;
        while (i + 1 < tokens.Length)
        {
            var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
            var gap = text.AsSpan(tokens[i].Start + tokens[i].Length, tokens[i + 1].Start - tokens[i].Start - tokens[i].Length);
            if (!NumberParser.IsSpaceGroupGap(gap, profile) || !NumberParser.IsGroupOfThree(next)) break;
            value = value * 1000 + int.Parse(next);
            i++;
        }
        return value;
    }

    private static bool TryNumberWords(Token[] tokens, ref int i, LanguageProfile profile, out decimal value)
    {
        value = 0;
        var word = tokens[i].Normalized;
        if (profile.NumberWords.TryGetValue(word, out var n)) value = n;
        else if (word.Contains('-') && TrySumParts(word, profile, out n)) value = n;   // "twenty-five"
        else return false;
        // "on iki", "двадцать пять", "twenty five": a ten followed by a unit is one number.
        if (value >= 10 && value % 10 == 0 && i + 1 < tokens.Length
            && profile.NumberWords.TryGetValue(tokens[i + 1].Normalized, out var unit) && unit is > 0 and < 10)
        {
            value += unit;
            i++;
        }
        return true;
    }

    // Looked up by span: most hyphenated words are no numbers ("контакт-центр"), and splitting them into strings allocated.
    private static bool TrySumParts(string word, LanguageProfile profile, out int sum)
    {
        sum = 0;
        var numberWords = profile.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var parts = word.AsSpan();
        foreach (var part in parts.Split('-'))
        {
            if (!numberWords.TryGetValue(parts[part], out var n)) return false;
            sum += n;
        }
        return true;
    }

    private static QuantityKind Classify(string text, Token[] tokens, int first, int last, string? attached, LanguageProfile profile)
    {
        var after = tokens[last].Start + tokens[last].Length;
        // "18%", "18 %", and Turkish "%14".
        if (NextNonSpace(text, after) == '%' || (tokens[first].Start > 0 && text[tokens[first].Start - 1] == '%')) return QuantityKind.Percent;
        if (FollowedBy(text, tokens, last, profile.PercentAfter, 1) || PrecededBy(text, tokens, first, profile.PercentBefore))
            return QuantityKind.Percent;
        if (attached is not null)
        {
            foreach (var pattern in profile.Seats) if (pattern.MatchesWord(0, attached)) return QuantityKind.Seats;
            foreach (var pattern in profile.Headcount) if (pattern.MatchesWord(0, attached)) return QuantityKind.Headcount;
        }
        // Seats first: "100 операторских мест" names seats although "оператор*" is a people noun.
        // A year-like number takes only a noun right after it: "Since February 2024 every agent…" states no headcount.
        var reach = LooksLikeYear(text, tokens[first]) ? 1 : NounReach;
        if (FollowedBy(text, tokens, last, profile.Seats, reach)) return QuantityKind.Seats;
        if (FollowedBy(text, tokens, last, profile.Headcount, reach)) return QuantityKind.Headcount;
        if (PrecededBy(text, tokens, first, profile.Headcount) && NextNonSpace(text, after) is not '/') return QuantityKind.Headcount;
        return QuantityKind.Other;
    }

    private static bool FollowedBy(string text, Token[] tokens, int last, WordPattern[] patterns, int reach)
    {
        for (var j = last + 1; j < tokens.Length && j <= last + reach; j++)
        {
            if (ClauseBreaks.Between(text, tokens[j - 1], tokens[j])) return false;
            if (WordPattern.FirstMatch(patterns, tokens, j) is not null) return true;
            // Only a describing word may stand between number and noun ("12 full-time agents"), not "every" or "of".
            if (char.IsAsciiDigit(text[tokens[j].Start]) || tokens[j].IsStopWord) return false;
        }
        return false;
    }

    // Only the word right before the number: "darbuotojų: 210", "yüzde 14".
    private static bool PrecededBy(string text, Token[] tokens, int first, WordPattern[] patterns)
    {
        foreach (var pattern in patterns)
        {
            var start = first - pattern.Length;
            if (start < 0 || !pattern.MatchesAt(tokens, start)) continue;
            for (var k = tokens[first - 1].Start + tokens[first - 1].Length; k < tokens[first].Start; k++)
                if (text[k] is not (' ' or ':' or '\u00A0')) return false;
            return true;
        }
        return false;
    }

    // "50–100 сотрудников": the first number of a range counts what the second counts.
    private static void SpreadOverRanges(string text, List<(Quantity Quantity, int Token)> found, int start)
    {
        for (var q = found.Count - 2; q >= start; q--)
        {
            var (left, right) = (found[q].Quantity, found[q + 1].Quantity);
            if (left.Kind != QuantityKind.Other || right.Kind == QuantityKind.Other) continue;
            var gap = text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length).Trim();
            if (gap is "-" or "–" or "—" || gap.IsEmpty)
                found[q] = (left with { Kind = right.Kind }, found[q].Token);
        }
    }

    private static bool LooksLikeYear(string text, in Token token) =>
        token.Length == 4 && text[token.Start] == '2' && text[token.Start + 1] == '0';

    private static char NextNonSpace(string text, int from)
    {
        for (var k = from; k < text.Length; k++) if (!char.IsWhiteSpace(text[k])) return text[k];
        return '\0';
    }
}
