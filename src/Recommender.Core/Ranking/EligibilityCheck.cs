using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Compares what a text states (headcount, seats, dates) with a category's eligibility, so a
/// 45-person team is not ranked into the category for more than 100 staff.
/// </summary>
public sealed class EligibilityCheck(RuleEvaluator rules)
{
    /// <summary>Whether the entry is eligible for <paramref name="category"/>.</summary>
    /// <remarks>Every retrieved candidate is checked, so this answer allocates nothing; the words come from <see cref="Explain"/>.</remarks>
    public bool IsEligible(Category category, Programme programme, EncodedEntry entry) => Check(category, programme, entry, null);

    /// <summary>The findings for <paramref name="category"/>, why the entry is or is not eligible, added to <paramref name="findings"/>.</summary>
    public void Explain(Category category, Programme programme, EncodedEntry entry, List<Evidence> findings) =>
        Check(category, programme, entry, findings);

    private bool Check(Category category, Programme programme, EncodedEntry entry, List<Evidence>? findings)
    {
        var eligible = true;
        var analysis = entry.Analysis;
        if (category.Eligibility.Headcount is { } bounds && analysis.Headcount is { } headcount)
        {
            var ok = bounds.Contains(headcount);
            eligible &= ok;
            findings?.Add(Finding(ok ? $"stated size {headcount} is within {bounds} staff" : $"stated size {headcount} is outside {bounds} staff"));
        }
        if (category.Eligibility.Seats is { } seatBounds && analysis.Seats is { } seats && !seatBounds.Contains(seats))
        {
            eligible = false;
            findings?.Add(Finding($"stated {seats} seats is outside {seatBounds}"));
        }
        var excludes = category.Eligibility.Excludes;
        for (var i = 0; i < excludes.Count; i++)   // indexed: a boxed enumerator per candidate adds up
        {
            var excluded = excludes[i];
            if (!rules.Mentions(entry, excluded)) continue;
            eligible = false;
            findings?.Add(Finding($"the category excludes entries about {excluded}"));
        }
        var since = category.Eligibility.Since ?? programme.AchievementsSince;
        // Only when every date the text gives is before the window is the entry clearly out of it.
        if (since is { } window && analysis.Dates.Count > 0 && AllBefore(analysis.Dates, window.Year))
        {
            eligible = false;
            findings?.Add(Finding($"every date stated is before {window:yyyy-MM-dd}, the start of the eligible period"));
        }
        return eligible;
    }

    private static bool AllBefore(IReadOnlyList<Text.DateMention> dates, int year)
    {
        for (var i = 0; i < dates.Count; i++)
            if (dates[i].Year >= year) return false;
        return true;
    }

    private static Evidence Finding(string label) => new("eligibility", label);
}
