using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Text;

/// <summary>
/// How much the per-language word caches may hold. Words repeat across texts, so their analysis (normal
/// form, stem, stop word) and the lexicon forms they can start are remembered per language; a flood of
/// distinct or very long words must not grow these caches without limit (issue 14: 150 batches of 100
/// random 19,000-letter words took a server capped by word count to 1.97 GB). Past the budget, words are
/// still analysed, just not remembered, so the budget changes speed, never a result.
/// Bound from the configuration section <c>CacheBudget</c>.
/// </summary>
public sealed class CacheBudget
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "CacheBudget";

    /// <summary>
    /// Bytes each language's cache of analysed words may hold (estimated from string and entry sizes).
    /// Every word of the corpus's 5,200 texts (1,040 a language, data/examples) takes 1.9–3.6 MB a language;
    /// 6 MB holds them all with room to spare, and the five languages together at most 30 MB.
    /// </summary>
    [Range(0, 1L << 30)] public long WordBytesPerLanguage { get; set; } = 6 * 1024 * 1024;

    /// <summary>
    /// Bytes each language's cache of the lexicon forms a word can start may hold (its keys are the words'
    /// normal forms, shared with the analysed words' cache but counted again). The corpus fills 1.6–3.2 MB
    /// a language; 4 MB holds it, the five languages together at most 20 MB.
    /// </summary>
    [Range(0, 1L << 30)] public long FormBytesPerLanguage { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Words longer than this are never remembered. The longest word of the corpus has 24 letters and
    /// the longest lexicon word 19, so a longer word is a rarity (a URL, a pasted hash, an attack) that
    /// would cost cache space for no later hit. 0 remembers no word; 20,000 (the longest text) every word.
    /// </summary>
    [Range(0, 20_000)] public int MaxWordLength { get; set; } = 40;
}
