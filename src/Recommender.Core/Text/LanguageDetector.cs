using System.Collections.Frozen;

namespace CategoryMatch.Core.Text;

/// <summary>
/// Guesses the language of a text: by script first (Greek letters → el, Cyrillic → ru, even with
/// Latin acronyms and brands mixed in), then, for Latin text, by words carrying letters only one
/// language uses (data: detection.letters) and by stop-word hits.
/// </summary>
internal sealed class LanguageDetector(LanguageResources resources)
{
    // A word with a letter unique to a language weighs more than a stop word: "ir" or "o" occur in
    // several languages, "ų" only in Lithuanian.
    private const double LetterWeight = 2;
    private const double StopWordWeight = 1;

    // Shares of the text's letters above which a non-Latin script decides alone: loanwords and
    // acronyms ("CRM", "WhatsApp") rarely make up most of a Greek or Russian text.
    private const double ScriptShare = 0.25;

    private static readonly string[] LatinLanguages = ["lt", "tr", "en"];

    // Looked up once: every word of a Latin-script text is tried in each of these languages.
    private readonly LanguageProfile[] _latinProfiles = [.. LatinLanguages.Select(resources.For)];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _latinStopWords =
        [.. LatinLanguages.Select(l => resources.For(l).StopWords.GetAlternateLookup<ReadOnlySpan<char>>())];

    public LanguageGuess Detect(string text)
    {
        var words = new List<(int Start, int Length)>(text.Length / 6 + 1);
        WordTokenizer.Split(text, words);
        return Detect(text, words);
    }

    /// <summary>Guesses the language of <paramref name="text"/>, split into <paramref name="words"/> already.</summary>
    public LanguageGuess Detect(string text, List<(int Start, int Length)> words)
    {
        int greek = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF') greek++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (char.IsLetter(c)) latin++;
        }
        var letters = greek + cyrillic + latin;
        if (letters == 0) return new LanguageGuess("en", 0);
        var nonLatin = greek + cyrillic;
        if (nonLatin >= ScriptShare * letters)
        {
            var share = (double)Math.Max(greek, cyrillic) / letters;
            return new LanguageGuess(greek >= cyrillic ? "el" : "ru", Math.Min(1, 0.5 + share / 1.2));
        }
        return DetectLatin(text, words);
    }

    private LanguageGuess DetectLatin(string text, List<(int Start, int Length)> words)
    {
        Span<double> scores = stackalloc double[LatinLanguages.Length];
        Span<char> buffer = stackalloc char[64];
        foreach (var (start, length) in words)
        {
            var word = text.AsSpan(start, length);
            if (char.IsDigit(word[0])) continue;
            for (var l = 0; l < LatinLanguages.Length; l++)
            {
                var profile = _latinProfiles[l];
                if (HasLetterOf(word, profile.DistinctiveLetters)) scores[l] += LetterWeight;
                if (IsStopWord(word, profile, _latinStopWords[l], buffer)) scores[l] += StopWordWeight;
            }
        }
        var best = 0;
        double total = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            total += scores[l];
            if (scores[l] > scores[best]) best = l;
        }
        // Nothing telling (a list of brands, "CRM NPS"): English, the default for Latin script, with low confidence.
        if (total == 0) return new LanguageGuess("en", 0.2);
        var confidence = scores[best] / total * (total / (total + 2));
        return new LanguageGuess(LatinLanguages[best], Math.Round(confidence, 3));
    }

    // Normalised into a stack buffer and looked up by span: every word is tried in three languages,
    // and a string per try was most of what detection allocated.
    private static bool IsStopWord(ReadOnlySpan<char> word, LanguageProfile profile,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords, Span<char> buffer)
    {
        if (word.Length <= buffer.Length && TextNormalizer.TryNormalize(word, profile.Language, buffer, out var length))
            return stopWords.Contains(buffer[..length]);
        return profile.StopWords.Contains(TextNormalizer.Normalize(word, profile.Language));
    }

    private static bool HasLetterOf(ReadOnlySpan<char> word, string letters)
    {
        if (letters.Length == 0) return false;   // English: only stop words tell
        foreach (var c in word)
            if (c > '\u007F' && letters.Contains(TextNormalizer.ToLowerInvariant(c))) return true;
        return false;
    }
}
