namespace CategoryMatch.Core.Concepts;

/// <summary>One word of a compiled surface form: a stem to equal, or a normalised prefix to start with.</summary>
internal readonly record struct FormWord(string Text, bool IsPrefix)
{
    public bool Matches(string normalized, string stem) =>
        IsPrefix ? normalized.StartsWith(Text, StringComparison.Ordinal) : stem == Text;
}

/// <summary>A surface form compiled for one language: the words to match in order.</summary>
/// <param name="ConceptIndex">The concept the form expresses.</param>
/// <param name="Words">The words to match, in order.</param>
/// <param name="Source">The form as written in the data file.</param>
/// <param name="IsName">A given name: it matches only where a full name is written (see <see cref="Concept.Names"/>).</param>
internal sealed record LexiconForm(int ConceptIndex, FormWord[] Words, string Source, bool IsName = false);
