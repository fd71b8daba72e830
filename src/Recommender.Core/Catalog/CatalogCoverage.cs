namespace CategoryMatch.Core.Catalog;

/// <summary>How much of the catalog a category index holds, from <see cref="CatalogFingerprint.Cover"/>.</summary>
/// <param name="Fingerprinted">False when the index carries no fingerprint (written by an older indexer): nothing can be told.</param>
/// <param name="Missing">Category ids the index lacks, by programme; a programme is here when any of its categories is missing.</param>
/// <param name="MissingProgrammes">Programmes of which the index holds nothing at all.</param>
/// <param name="Extra">Category ids the index holds that the catalog does not (the index is older or newer than data/).</param>
/// <param name="SameCatalog">True when the index was built from exactly this catalog (same ids, codes and titles).</param>
public sealed record CatalogCoverage(
    bool Fingerprinted,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Missing,
    IReadOnlyList<string> MissingProgrammes,
    IReadOnlyList<string> Extra,
    bool SameCatalog)
{
    /// <summary>The coverage of an index that carries no fingerprint.</summary>
    public static CatalogCoverage Unknown { get; } = new(false, new Dictionary<string, IReadOnlyList<string>>(), [], [], false);

    /// <summary>True when the index lacks some category of <paramref name="programmeId"/>, or of any programme when it is null.</summary>
    public bool Lacks(string? programmeId) => programmeId is null ? Missing.Count > 0 : Missing.ContainsKey(programmeId);

    /// <summary>One sentence naming what is missing (whole programmes, then categories) and what is extra; empty when nothing is.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (MissingProgrammes.Count > 0)
            parts.Add($"lacks programme{Plural(MissingProgrammes.Count)} {string.Join(", ", MissingProgrammes)}");
        var partial = Missing.Where(m => !MissingProgrammes.Contains(m.Key)).ToList();
        if (partial.Count > 0)
            parts.Add($"lacks categor{(partial.Sum(p => p.Value.Count) == 1 ? "y" : "ies")} {string.Join(", ", partial.SelectMany(p => p.Value))}");
        if (Extra.Count > 0)
            parts.Add($"holds categor{(Extra.Count == 1 ? "y" : "ies")} the catalog does not know: {string.Join(", ", Extra)}");
        return parts.Count == 0 ? "" : $"The category index {string.Join("; ", parts)}.";
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
