using Lucene.Net.Analysis.El;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CategoryMatch.Core.Text;

/// <summary>
/// Stems normalised words: Snowball for Russian, Turkish and English, Lucene's Greek stemmer, and the
/// data-driven Lithuanian stemmer. Latin-script words inside Greek or Russian texts (brands, English
/// terms) are stemmed as English. Snowball objects keep state, so each thread has its own.
/// </summary>
internal static class WordStemmer
{
    [ThreadStatic] private static RussianStemmer? t_russian;
    [ThreadStatic] private static TurkishStemmer? t_turkish;
    [ThreadStatic] private static EnglishStemmer? t_english;
    [ThreadStatic] private static GreekStemmer? t_greek;
    [ThreadStatic] private static char[]? t_buffer;

    public static string Stem(string normalized, LanguageProfile profile)
    {
        if (normalized.Length < 3 || char.IsDigit(normalized[0])) return normalized;
        var hyphen = normalized.LastIndexOf('-');
        if (hyphen > 0)
        {
            // "контакт-центра" → "контакт-центр": the head is the last part; the rest stays as written.
            var last = normalized[(hyphen + 1)..];
            var stemmed = StemWord(last, profile);
            return ReferenceEquals(stemmed, last) || stemmed == last ? normalized : string.Concat(normalized.AsSpan(0, hyphen + 1), stemmed);
        }
        return StemWord(normalized, profile);
    }

    private static string StemWord(string word, LanguageProfile profile)
    {
        if (word.Length < 3 || char.IsDigit(word[0])) return word;
        var language = profile.Language;
        if (language is "el" or "ru" && IsBasicLatin(word)) language = "en";
        return language switch
        {
            "ru" => Snowball(t_russian ??= new RussianStemmer(), word),
            "tr" => Snowball(t_turkish ??= new TurkishStemmer(), word),
            "en" => Snowball(t_english ??= new EnglishStemmer(), word),
            "el" => Greek(word),
            "lt" => LithuanianStemmer.Stem(word, profile),
            _ => word,
        };
    }

    private static string Snowball(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string Greek(string word)
    {
        var buffer = t_buffer is { } b && b.Length >= word.Length ? b : t_buffer = new char[Math.Max(64, word.Length)];
        word.CopyTo(0, buffer, 0, word.Length);
        var length = (t_greek ??= new GreekStemmer()).Stem(buffer, word.Length);
        return length == word.Length ? word : new string(buffer, 0, length);
    }

    private static bool IsBasicLatin(string word)
    {
        foreach (var c in word)
            if (c > 'z') return false;
        return true;
    }
}
