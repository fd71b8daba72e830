using System.Security.Cryptography;
using System.Text;

namespace CategoryMatch.Core.Catalog;

/// <summary>
/// What a category index was built from: the category ids of each programme, and a hash of every category's
/// id, code and titles. The indexer writes it beside the index; the API compares it with its own catalog, so
/// an index built from another catalog is noticed instead of answering with categories missing.
/// </summary>
/// <param name="Programmes">Category ids by programme id, both in ordinal order.</param>
/// <param name="Hash">SHA-256 (hex) of the catalog's programmes, category ids, codes and titles.</param>
public sealed record CatalogFingerprint(IReadOnlyDictionary<string, IReadOnlyList<string>> Programmes, string Hash)
{
    /// <summary>The fingerprint of <paramref name="catalog"/>.</summary>
    public static CatalogFingerprint Of(CategoryCatalog catalog)
    {
        var programmes = catalog.Programmes.OrderBy(p => p.Id, StringComparer.Ordinal).ToDictionary(
            p => p.Id, IReadOnlyList<string> (p) => [.. p.Categories.Select(c => c.Id).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        // One line per category in a fixed order: the same catalog gives the same hash on every machine.
        var text = new StringBuilder();
        foreach (var category in catalog.Categories.OrderBy(c => c.Id, StringComparer.Ordinal))
            text.Append(category.ProgrammeId).Append('\t').Append(category.Id).Append('\t').Append(category.Code).Append('\t')
                .Append(category.Title).Append('\t').Append(category.TitleEn).Append('\n');
        return new CatalogFingerprint(programmes, Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>What an index built from <paramref name="indexed"/> lacks of this catalog, and what it holds beyond it.</summary>
    public CatalogCoverage Cover(CatalogFingerprint indexed)
    {
        var missing = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (programme, categories) in Programmes)
        {
            var held = indexed.Programmes.GetValueOrDefault(programme) ?? [];
            var lacking = categories.Except(held, StringComparer.Ordinal).ToList();
            if (lacking.Count > 0) missing[programme] = lacking;
        }
        var known = Programmes.Values.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        var extra = indexed.Programmes.Values.SelectMany(c => c).Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var absent = Programmes.Keys.Where(p => !indexed.Programmes.ContainsKey(p)).ToList();
        return new CatalogCoverage(true, missing, absent, extra, Hash == indexed.Hash);
    }
}
