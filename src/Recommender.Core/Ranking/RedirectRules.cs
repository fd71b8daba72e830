using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// The programmes' redirect rules applied to a ranking: which rules hold for a text, lifting each holding
/// rule's target above its source, and the filed category's redirect. With the learned ranking, the model
/// arbitrates where the lexicon's reading of a rule's condition is most often wrong
/// (<see cref="RankingOptions.RuleSourceProbability"/>, <see cref="RankingOptions.OtherRuleProbability"/>).
/// </summary>
internal sealed class RedirectRules(RuleEvaluator rules, RankingOptions options)
{
    // A promoted category lands just above the one that sent it, never on a tie.
    private const float PromotionStep = 1e-3f;

    /// <summary>The first rule of <paramref name="category"/> whose condition holds for the text, or null.</summary>
    public RedirectRule? Firing(Category category, EncodedEntry entry)
    {
        foreach (var rule in category.Redirects)
            if (rules.Holds(rule.When, entry)) return rule;
        return null;
    }

    /// <summary>
    /// Marks each candidate's holding rule and the candidates such rules point at: facts that do not depend on
    /// the order, so the learned ranking can weigh them before anything is sorted.
    /// </summary>
    public void Mark(List<Candidate> ranked, EncodedEntry entry)
    {
        foreach (var c in ranked)
        {
            if (c.Category.Redirects.Count == 0 || Firing(c.Category, entry) is not { } rule) continue;
            c.Firing = rule;
            if (Find(ranked, rule.ToId) is { } target) target.RuleTarget = true;
        }
    }

    /// <summary>
    /// Lifts every holding rule's target above its source. Rules can chain (14 → 12 unless AI, 12 → 13 when AI),
    /// so they are applied until nothing moves; each pass visits the candidates best first, as they stood when it
    /// began. With the <paramref name="learned"/> ranking, a source the model finds at least
    /// <see cref="RankingOptions.RuleSourceProbability"/> probable keeps its place: the model was trained on texts
    /// the rules send elsewhere, so it reads a condition the lexicon saw out of context ("quality control is not
    /// our remit") as not holding.
    /// </summary>
    public void Apply(List<Candidate> ranked, bool learned)
    {
        if (!ranked.Exists(static c => c.Category.Redirects.Count > 0)) return;   // most programmes have no rules
        var sourceStands = learned ? options.RuleSourceProbability : double.PositiveInfinity;
        var byAdjusted = new Candidate[ranked.Count];
        for (var pass = 0; pass < 3; pass++)
        {
            ranked.CopyTo(byAdjusted);
            Array.Sort(byAdjusted, static (a, b) => a.Adjusted != b.Adjusted ? b.Adjusted.CompareTo(a.Adjusted) : a.Position.CompareTo(b.Position));
            var moved = false;
            foreach (var source in byAdjusted)
            {
                if (source.Firing is not { } rule || Find(ranked, rule.ToId) is not { } target) continue;
                if (source.Probability >= sourceStands && target.Adjusted <= source.Adjusted) continue;
                source.SendsElsewhere = true;
                if (target.Adjusted > source.Adjusted)
                {
                    target.Explain(rule);   // already above its source: nothing moves, but the rule still says why
                    continue;
                }
                target.Promote(source.Adjusted + PromotionStep, rule);
                moved = true;
            }
            if (!moved) return;
        }
    }

    /// <summary>
    /// The redirect of the <paramref name="filed"/> category when one of its rules holds: its target goes first,
    /// since the programme itself says where such an entry belongs. With the <paramref name="learned"/> ranking,
    /// another of the filed category's rules applies instead when the model gives its target at least
    /// <see cref="RankingOptions.OtherRuleProbability"/> (and more than the holding rule's target), unless the
    /// stated headcount excludes it.
    /// </summary>
    public RedirectNotice? ApplyFiled(Category filed, EncodedEntry entry, List<Candidate> ranked, bool learned)
    {
        if (Firing(filed, entry) is not { } rule || Find(ranked, rule.ToId) is not { } target) return null;
        if (learned) (rule, target) = RuleTheModelReads(filed, rule, target, ranked, entry);
        target.Promote(MaxAdjusted(ranked) + PromotionStep, rule);
        return Notice(rule);
    }

    /// <summary>
    /// A rule's condition is the programme's description of a kind of entry ("teams serving only digital
    /// channels"); the lexicon may miss how a text says it. When the learned ranking puts one of the filed
    /// category's rule targets first (<paramref name="ranked"/> sorted), the text is of the kind that rule
    /// describes, and the rule is what explains the move.
    /// </summary>
    public static RedirectNotice? Recognised(Category filed, List<Candidate> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Category.Id == filed.Id) return null;
        foreach (var rule in filed.Redirects)
            if (rule.ToId == ranked[0].Category.Id)
            {
                ranked[0].Explain(rule);
                return Notice(rule);
            }
        return null;
    }

    // Of the filed category's rules, the one whose target the learned ranking finds more likely than not when the
    // lexicon read another as holding; a target whose size bounds exclude the stated headcount is never taken,
    // since the stated size is read, not guessed.
    private (RedirectRule Rule, Candidate Target) RuleTheModelReads(Category filed, RedirectRule read, Candidate readTarget, List<Candidate> ranked,
        EncodedEntry entry)
    {
        var chosen = (Rule: read, Target: readTarget);
        foreach (var rule in filed.Redirects)
        {
            if (rule == read || Find(ranked, rule.ToId) is not { } other || !SizeAdmits(other.Category, entry)) continue;
            if (other.Probability >= options.OtherRuleProbability && other.Probability > chosen.Target.Probability) chosen = (rule, other);
        }
        return chosen;
    }

    private static bool SizeAdmits(Category category, EncodedEntry entry) =>
        category.Eligibility.Headcount is not { } bounds || entry.Analysis.Headcount is not { } headcount || bounds.Contains(headcount);

    private static RedirectNotice Notice(RedirectRule rule) => new(rule.FromId, rule.ToId, rule.Reason, rule.ReasonEn);

    private static Candidate? Find(List<Candidate> ranked, string categoryId)
    {
        foreach (var c in ranked)
            if (c.Category.Id == categoryId) return c;
        return null;
    }

    private static float MaxAdjusted(List<Candidate> ranked)
    {
        var max = float.MinValue;
        foreach (var c in ranked) max = Math.Max(max, c.Adjusted);
        return max;
    }
}
