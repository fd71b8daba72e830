using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Concepts;

/// <summary>
/// The compiled forms that can match in texts of one language, indexed by their first word so a
/// text is scanned once: exact first words by stem, prefix first words by their first letters.
/// </summary>
internal sealed class LanguageForms
{
    /// <summary>Prefix words must be at least this long, so a prefix never matches half the language.</summary>
    internal const int MinPrefixLength = 3;

    // A remembered answer: the record (header, two references) beside the stem and array it holds.
    private const int StartingFormsBytes = 32;

    private static readonly List<LexiconForm> Empty = [];
    private readonly Dictionary<string, List<LexiconForm>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconForm>> _byFirstPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconForm>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    // A text's words repeat across entries, so the forms a word can start are worked out once per
    // word: one lookup instead of two, and no scan of every form sharing a 3-letter prefix. Bounded in
    // bytes like Text/WordCache, so a flood of new words cannot grow it.
    private readonly BoundedWordCache<StartingForms> _startingForms;

    public LanguageForms(CacheBudget budget)
    {
        _prefixLookup = _byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _startingForms = new(budget.FormBytesPerLanguage, budget.MaxWordLength);
    }

    public int Count { get; private set; }

    /// <summary>Estimated bytes the remembered starting forms hold.</summary>
    public long CachedBytes => _startingForms.Bytes;

    /// <summary>Adds a form; forms are all added before the first text is matched.</summary>
    public void Add(LexiconForm form)
    {
        var first = form.Words[0];
        var (index, key) = first.IsPrefix ? (_byFirstPrefix, first.Text[..MinPrefixLength]) : (_byFirstStem, first.Text);
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(form);
        Count++;
    }

    public List<LexiconForm> ByStem(string stem) => _byFirstStem.GetValueOrDefault(stem) ?? Empty;

    // Looked up by a span so that scanning a text allocates nothing per word.
    public List<LexiconForm> ByPrefixOf(string normalized) =>
        normalized.Length >= MinPrefixLength && _prefixLookup.TryGetValue(normalized.AsSpan(0, MinPrefixLength), out var list)
            ? list
            : Empty;

    /// <summary>
    /// The forms whose first word matches a word with this normalised form and stem, in the order
    /// matching tries them: forms keyed by the stem first, then prefix forms, each in the order added.
    /// Thread-safe; the answer is a pure function of the two strings, so remembering it changes nothing.
    /// </summary>
    public LexiconForm[] StartingWith(string normalized, string stem)
    {
        // The stem is kept with the answer and compared, so the cache never relies on the stem
        // being a function of the normalised word alone.
        if (_startingForms.TryGetValue(normalized, out var known) && known.Stem == stem) return known.Forms;
        var forms = FindStartingWith(normalized, stem);
        var heldBytes = StartingFormsBytes + HeapSize.Of(stem) + (forms.Length == 0 ? 0 : HeapSize.OfReferenceArray(forms.Length));
        _startingForms.TryAdd(normalized, new StartingForms(stem, forms), heldBytes);
        return forms;
    }

    private LexiconForm[] FindStartingWith(string normalized, string stem)
    {
        var byStem = ByStem(stem);
        var byPrefix = ByPrefixOf(normalized);
        if (byStem.Count == 0 && byPrefix.Count == 0) return [];
        var forms = new List<LexiconForm>(byStem.Count + byPrefix.Count);
        forms.AddRange(byStem);   // keyed by the stem itself, so their first word matches
        foreach (var form in byPrefix)
            if (form.Words[0].Matches(normalized, stem)) forms.Add(form);
        return [.. forms];
    }

    private sealed record StartingForms(string Stem, LexiconForm[] Forms);
}
