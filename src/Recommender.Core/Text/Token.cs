namespace CategoryMatch.Core.Text;

/// <summary>One word or number of a text.</summary>
/// <param name="Normalized">Lower-cased and folded the language's way; what <c>*</c> prefix forms compare against.</param>
/// <param name="Stem">The stem used for matching and term vectors (hyphenated words: only the last part is stemmed).</param>
/// <param name="Start">Offset of the word in the original text.</param>
/// <param name="Length">Length of the word in the original text.</param>
/// <param name="IsStopWord">The word is a stop word of the language (data/languages).</param>
/// <param name="IsNegated">The word lies in the scope of a negation cue ("без машинного обучения").</param>
public readonly record struct Token(string Normalized, string Stem, int Start, int Length, bool IsStopWord, bool IsNegated);
