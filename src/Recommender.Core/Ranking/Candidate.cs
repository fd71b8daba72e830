using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>A category being ranked: its similarity, adjusted by eligibility and rules.</summary>
internal sealed class Candidate
{
    public required Category Category { get; init; }
    public required Programme Programme { get; init; }
    public required ScoredCategory Scored { get; init; }
    /// <summary>Place in retrieval order: ties in similarity keep it.</summary>
    public required int Position { get; init; }
    public required float Similarity { get; init; }
    public required bool Eligible { get; init; }
    public required bool FitsStatedSize { get; init; }
    public float Adjusted { get; private set; }
    /// <summary>The fusion's probability that this is the text's category (learned ranking only).</summary>
    public double Probability { get; private set; } = double.NaN;
    /// <summary>The fusion's probability had the examples not voted (learned ranking with a vote only).</summary>
    public double WithoutVote { get; set; } = double.NaN;
    public RedirectRule? Rule { get; private set; }
    /// <summary>A rule of this category that holds for the text.</summary>
    public RedirectRule? Firing { get; set; }
    /// <summary>Some rule that holds for the text sends entries here.</summary>
    public bool RuleTarget { get; set; }
    public bool SendsElsewhere { get; set; }
    public RankedCandidate View => new(Scored, Adjusted, Eligible, Rule is not null, SendsElsewhere);

    public static Candidate From(ScoredCategory scored, int position, RecommenderModel model, EligibilityCheck eligibility, EncodedEntry entry, RankingOptions options)
    {
        var programme = model.Catalog.FindProgramme(scored.Category.ProgrammeId)!;
        var eligible = eligibility.IsEligible(scored.Category, programme, entry);
        var fits = FitsSize(scored.Category, entry);
        return new Candidate
        {
            Category = scored.Category, Programme = programme, Scored = scored, Position = position,
            Similarity = scored.Similarity, Eligible = eligible, FitsStatedSize = fits,
            Adjusted = !eligible ? scored.Similarity * options.IneligiblePenalty
                : fits ? scored.Similarity * options.StatedSizeBonus
                : scored.Similarity,
        };
    }

    public void Learn(double probability)
    {
        Probability = probability;
        Adjusted = (float)probability;
    }

    // A stated headcount that a category's size bounds admit is what that category's eligibility
    // is about ("команда из 85 сотрудников" for the ≤ 100 team category).
    private static bool FitsSize(Category category, EncodedEntry entry) =>
        category.Eligibility.Headcount is { } bounds && entry.Analysis.Headcount is { } headcount && bounds.Contains(headcount);

    public void Promote(float to, RedirectRule rule)
    {
        Adjusted = Math.Max(Adjusted, to);
        Rule = rule;
    }

    public void Explain(RedirectRule rule) => Rule ??= rule;
}
