using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Compares what a text states (headcount, seats, dates) with a category's eligibility, so a
/// 45-person team is not ranked into the category for more than 100 staff.
/// </summary>
public sealed class EligibilityCheck(RuleEvaluator rules)
{
    /// <summary>The findings for <paramref name="category"/>: whether the entry is eligible, and why.</summary>
    public (bool Eligible, IReadOnlyList<Evidence> Findings) Check(Category category, Programme programme, EncodedEntry entry)
    {
        var findings = new List<Evidence>();
        var eligible = true;
        var analysis = entry.Analysis;
        if (category.Eligibility.Headcount is { } bounds && analysis.Headcount is { } headcount)
        {
            var ok = bounds.Contains(headcount);
            eligible &= ok;
            findings.Add(new Evidence("eligibility",
                ok ? $"stated size {headcount} is within {bounds} staff" : $"stated size {headcount} is outside {bounds} staff",
                null, -1, 0));
        }
        if (category.Eligibility.Seats is { } seatBounds && analysis.Seats is { } seats && !seatBounds.Contains(seats))
        {
            eligible = false;
            findings.Add(new Evidence("eligibility", $"stated {seats} seats is outside {seatBounds}", null, -1, 0));
        }
        foreach (var excluded in category.Eligibility.Excludes)
        {
            if (!rules.Mentions(entry, excluded)) continue;
            eligible = false;
            findings.Add(new Evidence("eligibility", $"the category excludes entries about {excluded}", null, -1, 0));
        }
        var since = category.Eligibility.Since ?? programme.AchievementsSince;
        // Only when every date the text gives is before the window is the entry clearly out of it.
        if (since is { } window && analysis.Dates.Count > 0 && analysis.Dates.All(d => d.Year < window.Year))
        {
            eligible = false;
            findings.Add(new Evidence("eligibility", $"every date stated is before {window:yyyy-MM-dd}, the start of the eligible period", null, -1, 0));
        }
        return (eligible, findings);
    }
}
