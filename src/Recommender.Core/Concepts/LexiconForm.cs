namespace CategoryMatch.Core.Concepts;

/// <summary>One word of a compiled surface form: a stem to equal, or a normalised prefix to start with.</summary>
internal readonly record struct FormWord(string Text, bool IsPrefix)
{
    public bool Matches(string normalized, string stem) =>
        IsPrefix ? normalized.StartsWith(Text, StringComparison.Ordinal) : stem == Text;
}

/// <summary>A surface form compiled for one language: the words to match in order.</summary>
internal sealed record LexiconForm(int ConceptIndex, FormWord[] Words, string Source);
