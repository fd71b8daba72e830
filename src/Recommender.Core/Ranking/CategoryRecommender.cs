using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Ranks a programme's categories for an entrant's text: retrieve by similarity, apply
/// eligibility, apply the programme's redirect rules, then attach confidence and evidence.
/// </summary>
public sealed class CategoryRecommender(RecommenderModel model, ICategoryIndex index, RankingOptions options)
{
    // A promoted category lands just above the one that sent it, never on a tie.
    private const float PromotionStep = 1e-3f;
    private readonly EvidenceBuilder _evidence = new(model);
    private readonly SubcategoryPicker _subcategories = new(model.Rules);
    private readonly EligibilityCheck _eligibility = new(model.Rules);

    /// <summary>The model the recommender runs on.</summary>
    public RecommenderModel Model => model;

    /// <summary>Ranks categories for <paramref name="request"/>. Unknown programme or category ids throw <see cref="ArgumentException"/>.</summary>
    public async ValueTask<RecommendationResult> RecommendAsync(RecommendationRequest request, CancellationToken cancellationToken = default)
    {
        var filed = Validate(request);
        var entry = model.Encoder.Encode(request.Text);
        var candidates = await index.SearchAsync(entry, request.Program ?? filed?.ProgrammeId, cancellationToken);
        return Rank(entry, candidates, filed, request.Top);
    }

    /// <summary>Checks the ids a request names; returns the filed category when given.</summary>
    public Category? Validate(RecommendationRequest request)
    {
        if (request.Program is { } programme && model.Catalog.FindProgramme(programme) is null)
            throw new ArgumentException($"Unknown programme '{programme}'.", nameof(request.Program));
        if (request.FiledCategory is not { } filedId) return null;
        var filed = model.Catalog.FindCategory(filedId)
            ?? throw new ArgumentException($"Unknown category '{filedId}'.", nameof(request.FiledCategory));
        if (request.Program is not null && filed.ProgrammeId != request.Program)
            throw new ArgumentException($"Category '{filedId}' is not in programme '{request.Program}'.", nameof(request.FiledCategory));
        return filed;
    }

    /// <summary>Re-ranks retrieved <paramref name="candidates"/> with eligibility and redirect rules.</summary>
    public RecommendationResult Rank(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, Category? filed, int top)
    {
        var ranked = candidates.Select(c => Candidate.From(c, model, _eligibility, entry, options)).ToList();
        var byId = ranked.ToDictionary(r => r.Category.Id);
        ApplyRules(ranked, byId, entry);

        RedirectNotice? redirect = null;
        if (filed is not null && FiringRule(filed, entry) is { } rule && byId.TryGetValue(rule.ToId, out var target))
        {
            // The programme itself says where such an entry belongs: that outranks similarity.
            redirect = new RedirectNotice(rule.FromId, rule.ToId, rule.Reason, rule.ReasonEn);
            target.Promote(ranked.Max(r => r.Adjusted) + PromotionStep, rule);
        }
        ranked.Sort((a, b) => b.Adjusted.CompareTo(a.Adjusted));

        var best = ranked.Count > 0 ? ranked[0] : null;
        var noMatch = best is null || best.Similarity < options.MinSimilarity
            || (entry.DomainSignal < options.LowDomainSignal && best.Similarity < options.LowSignalMinSimilarity);
        var results = ranked.Take(top).Select(c => ToRecommendation(c, entry, noMatch)).ToList();
        return new RecommendationResult(entry.Analysis.Language, noMatch, results.Count > 0 ? results[0].Score : 0, redirect, results);
    }

    // Rules can chain (14 → 12 unless AI, 12 → 13 when AI), so apply them until nothing moves.
    private void ApplyRules(List<Candidate> ranked, Dictionary<string, Candidate> byId, EncodedEntry entry)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var moved = false;
            foreach (var source in ranked.OrderByDescending(r => r.Adjusted).ToList())
            {
                if (FiringRule(source.Category, entry) is not { } rule || !byId.TryGetValue(rule.ToId, out var target)) continue;
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

    private RedirectRule? FiringRule(Category category, EncodedEntry entry)
    {
        foreach (var rule in category.Redirects)
            if (model.Rules.Holds(rule.When, entry)) return rule;
        return null;
    }

    private Recommendation ToRecommendation(Candidate c, EncodedEntry entry, bool noMatch)
    {
        var evidence = _evidence.Explain(entry, model.VectorsOf(c.Category.Id), options.MaxEvidence);
        if (c.Rule is { } rule) evidence.Insert(0, new Evidence("rule", rule.ReasonEn, null, -1, 0));
        evidence.AddRange(c.Findings);
        var confidence = Confidence(c.Adjusted);
        if (noMatch) confidence = Math.Min(confidence, 0.2);
        return new Recommendation(c.Category, Math.Round(confidence, 4), Math.Round(c.Similarity, 4),
            c.Rule?.FromId, c.Eligible, _subcategories.Pick(c.Category, entry), evidence);
    }

    private double Confidence(float adjusted) =>
        1 / (1 + Math.Exp(-options.ConfidenceSteepness * (adjusted - options.ConfidenceMidpoint)));

    /// <summary>A category being ranked: its similarity, adjusted by eligibility and rules.</summary>
    private sealed class Candidate
    {
        public required Category Category { get; init; }
        public required float Similarity { get; init; }
        public required bool Eligible { get; init; }
        public required IReadOnlyList<Evidence> Findings { get; init; }
        public float Adjusted { get; private set; }
        public RedirectRule? Rule { get; private set; }

        public static Candidate From(ScoredCategory scored, RecommenderModel model, EligibilityCheck eligibility, EncodedEntry entry, RankingOptions options)
        {
            var programme = model.Catalog.FindProgramme(scored.Category.ProgrammeId)!;
            var (eligible, findings) = eligibility.Check(scored.Category, programme, entry);
            return new Candidate
            {
                Category = scored.Category, Similarity = scored.Similarity, Eligible = eligible, Findings = findings,
                Adjusted = eligible ? scored.Similarity : scored.Similarity * options.IneligiblePenalty,
            };
        }

        public void Promote(float to, RedirectRule rule)
        {
            Adjusted = Math.Max(Adjusted, to);
            Rule = rule;
        }

        public void Explain(RedirectRule rule) => Rule ??= rule;
    }
}
