namespace CategoryMatch.Core.Text;

/// <summary>Punctuation that ends the reach of a negation cue or of a number's noun.</summary>
internal static class ClauseBreaks
{
    /// <summary>Whether the text between two tokens holds a clause break (. ; : , — – ! ? brackets, a spaced hyphen).</summary>
    public static bool Between(string text, in Token left, in Token right)
    {
        for (var i = left.Start + left.Length; i < right.Start; i++)
            if (text[i] is '.' or ';' or ':' or ',' or '—' or '–' or '-' or '!' or '?' or '(' or ')' or '·' or '\n') return true;
        return false;
    }
}
