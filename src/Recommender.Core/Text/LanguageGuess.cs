namespace CategoryMatch.Core.Text;

/// <summary>The language a text is most likely written in.</summary>
/// <param name="Language">One of <see cref="TextAnalyzer.SupportedLanguages"/>.</param>
/// <param name="Confidence">0..1: how sure the guess is; short texts without telling words score low.</param>
public readonly record struct LanguageGuess(string Language, double Confidence);
