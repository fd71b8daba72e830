using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>Names the sub-categories (size, sector, function) a text's seats, staff and concepts point to.</summary>
public sealed class SubcategoryPicker(RuleEvaluator rules)
{
    /// <summary>The matching sub-categories of <paramref name="category"/>, at most one per dimension.</summary>
    public IReadOnlyList<Subcategory> Pick(Category category, EncodedEntry entry)
    {
        if (category.Subcategories.Count == 0) return [];
        var picked = new List<Subcategory>();
        foreach (var group in category.Subcategories.GroupBy(s => s.Dimension))
        {
            var match = group.FirstOrDefault(s => Fits(s, entry));
            if (match is not null) picked.Add(match);
        }
        return picked;
    }

    private bool Fits(Subcategory s, EncodedEntry entry)
    {
        var analysis = entry.Analysis;
        if (s.Seats is { } seats) return analysis.Seats is { } n && seats.Contains(n);
        if (s.Headcount is { } staff) return analysis.Headcount is { } h && staff.Contains(h);
        return s.Concepts.Count > 0 && s.Concepts.Any(id => rules.Mentions(entry, id));
    }
}
