using System.Collections.Frozen;

namespace CategoryMatch.Core.Catalog;

/// <summary>All programmes and categories, with lookups by canonical id.</summary>
public sealed class CategoryCatalog
{
    private readonly FrozenDictionary<string, Programme> _programmes;
    private readonly FrozenDictionary<string, Category> _categories;

    /// <summary>Builds the catalog from already validated programmes.</summary>
    public CategoryCatalog(IReadOnlyList<Programme> programmes)
    {
        Programmes = programmes;
        Categories = programmes.SelectMany(p => p.Categories).ToList();
        _programmes = programmes.ToFrozenDictionary(p => p.Id);
        _categories = Categories.ToFrozenDictionary(c => c.Id);
    }

    /// <summary>Programmes in file order.</summary>
    public IReadOnlyList<Programme> Programmes { get; }

    /// <summary>Every category of every programme.</summary>
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Finds a programme by id (e.g. <c>gr-csa</c>).</summary>
    public Programme? FindProgramme(string id) => _programmes.GetValueOrDefault(id);

    /// <summary>Finds a category by canonical id (e.g. <c>ru-cca:13</c>).</summary>
    public Category? FindCategory(string id) => _categories.GetValueOrDefault(id);

    /// <summary>Every redirect rule of the catalog.</summary>
    public IEnumerable<RedirectRule> RedirectRules => Categories.SelectMany(c => c.Redirects);
}
