namespace CategoryMatch.Core.Concepts;

/// <summary>
/// The compiled forms that can match in texts of one language, indexed by their first word so a
/// text is scanned once: exact first words by stem, prefix first words by their first letters.
/// </summary>
internal sealed class LanguageForms
{
    /// <summary>Prefix words must be at least this long, so a prefix never matches half the language.</summary>
    internal const int MinPrefixLength = 3;
    private static readonly List<LexiconForm> Empty = [];
    private readonly Dictionary<string, List<LexiconForm>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconForm>> _byFirstPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconForm>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public LanguageForms() => _prefixLookup = _byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

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
}
