using System.Globalization;
using System.Text;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// The runs of <c>n</c> consecutive words of a set of texts (lower case, accents removed, punctuation
/// ignored), to find text that was copied from them: a corpus text or a lexicon form that shares a
/// six-word run with a dev-set text was not written independently of it.
/// </summary>
public sealed class WordRuns
{
    private readonly HashSet<string> _runs = new(StringComparer.Ordinal);

    /// <summary>Collects the <paramref name="length"/>-word runs of <paramref name="texts"/>.</summary>
    public WordRuns(IEnumerable<string> texts, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
        foreach (var text in texts)
            foreach (var run in RunsOf(Words(text), length)) _runs.Add(run);
    }

    /// <summary>Words per run.</summary>
    public int Length { get; }

    /// <summary>The first run of <paramref name="text"/> that the collected texts also hold, or null.</summary>
    public string? FirstShared(string text)
    {
        foreach (var run in RunsOf(Words(text), Length))
            if (_runs.Contains(run)) return run;
        return null;
    }

    /// <summary>The words of <paramref name="text"/>: letters and digits, lower case, without accents, Greek final sigma as σ.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) folded.Append(ch == 'ς' ? 'σ' : char.ToLowerInvariant(ch));
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(folded.ToString(start, i - start));
                start = -1;
            }
        }
        return words;
    }

    private static IEnumerable<string> RunsOf(IReadOnlyList<string> words, int length)
    {
        for (var i = 0; i + length <= words.Count; i++)
            yield return string.Join(' ', words.Skip(i).Take(length));
    }
}
