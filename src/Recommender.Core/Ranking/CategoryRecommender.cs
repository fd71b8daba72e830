using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Confidence;
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
    private readonly ConfidenceFeatureExtractor _features = new(model.Catalog);
    private readonly IConfidenceModel _confidence = LearnedConfidence.Choose(model.ConfidenceWeights, options);

    /// <summary>The confidence model in use: the learned one when its file was loaded, else the logistic curve.</summary>
    public IConfidenceModel Confidence => _confidence;

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
        var (ranked, redirect, features) = Order(entry, candidates, filed);
        var probabilities = Array.ConvertAll(features, f => _confidence.Probability(f));
        if (options.RerankByConfidence && redirect is null)
            Rerank(ranked, features, probabilities);   // a filed category's firing rule keeps its target first
        var noMatch = ranked.Count == 0 || _confidence.IsNoMatch(features[0], probabilities[0]);
        var results = ranked.Take(top).Select((c, i) => ToRecommendation(c, entry, noMatch, probabilities[i])).ToList();
        return new RecommendationResult(entry.Analysis.Language, noMatch, results.Count > 0 ? results[0].Score : 0, redirect, results);
    }

    /// <summary>
    /// The categories in rule order (before any re-ranking by confidence) with the features the
    /// confidence model reads for each: what <c>categorymatch train-confidence</c> learns from.
    /// </summary>
    public (IReadOnlyList<Category> Categories, CandidateFeatures[] Features) Features(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, Category? filed)
    {
        var (ranked, _, features) = Order(entry, candidates, filed);
        return (ranked.Select(c => c.Category).ToList(), features);
    }

    private static void Rerank(List<Candidate> ranked, CandidateFeatures[] features, double[] probabilities)
    {
        var order = Enumerable.Range(0, ranked.Count).OrderByDescending(i => probabilities[i]).ToArray();
        var (c, f, p) = (ranked.ToArray(), (CandidateFeatures[])features.Clone(), (double[])probabilities.Clone());
        for (var i = 0; i < order.Length; i++) (ranked[i], features[i], probabilities[i]) = (c[order[i]], f[order[i]], p[order[i]]);
    }

    private (List<Candidate> Ranked, RedirectNotice? Redirect, CandidateFeatures[] Features) Order(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, Category? filed)
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
        return (ranked, redirect, _features.Extract(entry, ranked.ConvertAll(c => c.View)));
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

    private RedirectRule? FiringRule(Category category, EncodedEntry entry)
    {
        foreach (var rule in category.Redirects)
            if (model.Rules.Holds(rule.When, entry)) return rule;
        return null;
    }

    private Recommendation ToRecommendation(Candidate c, EncodedEntry entry, bool noMatch, double probability)
    {
        var evidence = _evidence.Explain(entry, model.VectorsOf(c.Category.Id), options.MaxEvidence);
        if (c.Rule is { } rule) evidence.Insert(0, new Evidence("rule", rule.ReasonEn, null, -1, 0));
        evidence.AddRange(c.Findings);
        var confidence = noMatch ? Math.Min(probability, _confidence.NoMatchCeiling) : probability;
        return new Recommendation(c.Category, Math.Round(confidence, 4), Math.Round(c.Similarity, 4),
            c.Rule?.FromId, c.Eligible, _subcategories.Pick(c.Category, entry), evidence);
    }

    /// <summary>A category being ranked: its similarity, adjusted by eligibility and rules.</summary>
    private sealed class Candidate
    {
        public required Category Category { get; init; }
        public required ScoredCategory Scored { get; init; }
        public required float Similarity { get; init; }
        public required bool Eligible { get; init; }
        public required IReadOnlyList<Evidence> Findings { get; init; }
        public float Adjusted { get; private set; }
        public RedirectRule? Rule { get; private set; }
        public bool SendsElsewhere { get; set; }
        public RankedCandidate View => new(Scored, Adjusted, Eligible, Rule is not null, SendsElsewhere);

        public static Candidate From(ScoredCategory scored, RecommenderModel model, EligibilityCheck eligibility, EncodedEntry entry, RankingOptions options)
        {
            var programme = model.Catalog.FindProgramme(scored.Category.ProgrammeId)!;
            var (eligible, findings) = eligibility.Check(scored.Category, programme, entry);
            return new Candidate
            {
                Category = scored.Category, Scored = scored, Similarity = scored.Similarity, Eligible = eligible, Findings = findings,
                Adjusted = !eligible ? scored.Similarity * options.IneligiblePenalty
                    : FitsStatedSize(scored.Category, entry) ? scored.Similarity * options.StatedSizeBonus
                    : scored.Similarity,
            };
        }

        // A stated headcount that a category's size bounds admit is what that category's eligibility
        // is about ("команда из 85 сотрудников" for the ≤ 100 team category).
        private static bool FitsStatedSize(Category category, EncodedEntry entry) =>
            category.Eligibility.Headcount is { } bounds && entry.Analysis.Headcount is { } headcount && bounds.Contains(headcount);

        public void Promote(float to, RedirectRule rule)
        {
            Adjusted = Math.Max(Adjusted, to);
            Rule = rule;
        }

        public void Explain(RedirectRule rule) => Rule ??= rule;
    }
}
