namespace CategoryMatch.Core.Concepts;

/// <summary>
/// One word of a compiled surface form: a stem to equal, or a normalised prefix to start with, and how
/// many other words may stand between it and the word before it (<c>~</c> in a form: "операторов ~ нет").
/// </summary>
internal readonly record struct FormWord(string Text, bool IsPrefix, int MaxGap = 0)
{
    /// <summary>Words a <c>~</c> lets stand between two words of a form.</summary>
    public const int Gap = 3;

    public bool Matches(string normalized, string stem) =>
        IsPrefix ? normalized.StartsWith(Text, StringComparison.Ordinal) : stem == Text;
}

/// <summary>A surface form compiled for one language: the words to match in order.</summary>
/// <param name="ConceptIndex">The concept the form expresses.</param>
/// <param name="Words">The words to match, in order.</param>
/// <param name="Source">The form as written in the data file.</param>
/// <param name="IsName">A given name: it matches only where a full name is written (see <see cref="Concept.Names"/>).</param>
/// <param name="NegationInside">The form says "no" itself ("без операторов", "операторов ~ нет"): it matches words a negation cue governs.</param>
internal sealed record LexiconForm(int ConceptIndex, FormWord[] Words, string Source, bool IsName = false, bool NegationInside = false);
