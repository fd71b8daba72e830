using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>Names the sub-categories (size, sector, function) a text's seats, staff and concepts point to.</summary>
public sealed class SubcategoryPicker(RuleEvaluator rules)
{
    /// <summary>The matching sub-categories of <paramref name="category"/>, at most one per dimension.</summary>
    public IReadOnlyList<Subcategory> Pick(Category category, EncodedEntry entry)
    {
        var subcategories = category.Subcategories;
        if (subcategories.Count == 0) return [];
        var picked = new List<Subcategory>();
        // Dimensions in the order they first appear, and in each the first sub-category that fits.
        for (var i = 0; i < subcategories.Count; i++)
        {
            var dimension = subcategories[i].Dimension;
            if (AppearsBefore(subcategories, i, dimension)) continue;
            for (var j = i; j < subcategories.Count; j++)
            {
                if (subcategories[j].Dimension != dimension || !Fits(subcategories[j], entry)) continue;
                picked.Add(subcategories[j]);
                break;
            }
        }
        return picked;
    }

    private static bool AppearsBefore(IReadOnlyList<Subcategory> subcategories, int index, string dimension)
    {
        for (var i = 0; i < index; i++)
            if (subcategories[i].Dimension == dimension) return true;
        return false;
    }

    private bool Fits(Subcategory s, EncodedEntry entry)
    {
        var analysis = entry.Analysis;
        if (s.Seats is { } seats) return analysis.Seats is { } n && seats.Contains(n);
        if (s.Headcount is { } staff) return analysis.Headcount is { } h && staff.Contains(h);
        return s.Concepts.Count > 0 && rules.MentionsAny(entry, s.Concepts);
    }
}
