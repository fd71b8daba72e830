namespace CategoryMatch.Core.Text;

/// <summary>
/// A phrase from a language file ("рабоч* мест*", "darbo viet*"): normalised words, each matched
/// exactly or, when written with a trailing <c>*</c>, as a prefix, so inflected forms match.
/// </summary>
internal sealed class WordPattern
{
    private readonly string[] _words;
    private readonly bool[] _isPrefix;

    private WordPattern(string[] words, bool[] isPrefix)
    {
        _words = words;
        _isPrefix = isPrefix;
    }

    public int Length => _words.Length;

    /// <summary>The first letter of the pattern's first word: a word starting otherwise cannot match it.</summary>
    public char Initial => _words[0][0];

    /// <summary>Compiles <paramref name="source"/>; null when it has no words.</summary>
    public static WordPattern? Compile(string source, string language)
    {
        var parts = source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return null;
        var words = new string[parts.Length];
        var isPrefix = new bool[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            isPrefix[i] = parts[i].EndsWith('*');
            words[i] = TextNormalizer.Normalize(parts[i].TrimEnd('*'), language);
            if (words[i].Length == 0) return null;
        }
        return new WordPattern(words, isPrefix);
    }

    /// <summary>Whether word <paramref name="index"/> of the pattern matches a normalised word.</summary>
    public bool MatchesWord(int index, string normalized) =>
        _isPrefix[index] ? normalized.StartsWith(_words[index], StringComparison.Ordinal) : normalized == _words[index];

    /// <summary>Whether the pattern matches the tokens starting at <paramref name="start"/>.</summary>
    public bool MatchesAt(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 0 || start + _words.Length > tokens.Count) return false;
        for (var i = 0; i < _words.Length; i++)
            if (!MatchesWord(i, tokens[start + i].Normalized)) return false;
        return true;
    }

    /// <summary>The first pattern of <paramref name="patterns"/> matching at <paramref name="start"/>, or null.</summary>
    public static WordPattern? FirstMatch(WordPattern[] patterns, IReadOnlyList<Token> tokens, int start)
    {
        foreach (var pattern in patterns)
            if (pattern.MatchesAt(tokens, start)) return pattern;
        return null;
    }
}
