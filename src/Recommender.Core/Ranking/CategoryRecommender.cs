using System.Buffers;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Ranks a programme's categories for an entrant's text: retrieve by similarity, apply
/// eligibility, apply the programme's redirect rules, then attach confidence and evidence. With the
/// learned ranking and <paramref name="examples"/>, the programme's nearest labelled examples vote too,
/// an organiser's own heard as far as the programme's <paramref name="trust"/> says.
/// </summary>
public sealed class CategoryRecommender(RecommenderModel model, ICategoryIndex index, RankingOptions options,
    IExampleNeighbours? examples = null, ExampleVoteOptions? voteOptions = null, OrganiserTrustTable? trust = null)
{
    private readonly ExampleVoteOptions _vote = voteOptions ?? new ExampleVoteOptions();
    private readonly EvidenceBuilder _evidence = new(model);
    private readonly SubcategoryPicker _subcategories = new(model.Rules);
    private readonly EligibilityCheck _eligibility = new(model.Rules);
    private readonly RedirectRules _redirects = new(model.Rules, options);
    private readonly ConfidenceFeatureExtractor _features = new(model.Catalog);
    private readonly LogisticCurveConfidence _confidence = new(options);

    /// <summary>What ranks: "learned (ranker-v2.bin)" with the learned ranking loaded, else "similarity".</summary>
    public string Ranking => model.Learned is null ? "similarity (logistic-curve confidence)" : "learned";

    /// <summary>The model the recommender runs on.</summary>
    public RecommenderModel Model => model;

    /// <summary>Ranks categories for <paramref name="request"/>. Unknown programme or category ids throw <see cref="ArgumentException"/>.</summary>
    public async ValueTask<RecommendationResult> RecommendAsync(RecommendationRequest request, CancellationToken cancellationToken = default)
    {
        var filed = Validate(request);
        var entry = model.Encoder.Encode(request.Text);
        var candidates = await index.SearchAsync(entry, request.Program ?? filed?.ProgrammeId, cancellationToken);
        var vote = await VoteAsync(entry, request.Program ?? filed?.ProgrammeId, candidates, cancellationToken);
        return Rank(entry, candidates, filed, request.Top, vote);
    }

    /// <summary>
    /// The vote of the nearest examples of <paramref name="program"/> (of every candidate's programme when
    /// null); null without the learned ranking or an example index. The embedded index answers at once.
    /// </summary>
    public async ValueTask<ExampleVote?> VoteAsync(EncodedEntry entry, string? program, IReadOnlyList<ScoredCategory> candidates,
        CancellationToken cancellationToken = default)
    {
        if (model.Learned is null || examples is null) return null;
        return await ExampleVote.OfAsync(examples, entry, VotingProgrammes(program, candidates), _vote, trust, cancellationToken);
    }

    // The programme asked for, or every candidate's.
    private static IReadOnlyList<string> VotingProgrammes(string? program, IReadOnlyList<ScoredCategory> candidates) =>
        program is not null ? [program] : [.. candidates.Select(c => c.Category.ProgrammeId).Distinct()];

    /// <summary>
    /// Ranks every request exactly as <see cref="RecommendAsync"/> would, retrieving all their candidates in one
    /// call to the index (one round trip to a vector database rather than one per request); in input order.
    /// </summary>
    public async ValueTask<RecommendationResult[]> RecommendManyAsync(IReadOnlyList<RecommendationRequest> requests, CancellationToken cancellationToken = default)
    {
        var filed = new Category?[requests.Count];
        var searches = new CategorySearch[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            filed[i] = Validate(requests[i]);
            searches[i] = new CategorySearch(model.Encoder.Encode(requests[i].Text), requests[i].Program ?? filed[i]?.ProgrammeId);
        }
        var candidates = await index.SearchManyAsync(searches, cancellationToken);
        // The examples' votes too in one batch: a store across the network answers them in a few round trips.
        var votes = model.Learned is null || examples is null ? null : await ExampleVote.ManyAsync(examples,
            [.. searches.Select((s, i) => (s.Entry, VotingProgrammes(s.ProgrammeId, candidates[i])))], _vote, trust, cancellationToken);
        var results = new RecommendationResult[requests.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = Rank(searches[i].Entry, candidates[i], filed[i], requests[i].Top, votes?[i]);
        return results;
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

    /// <summary>
    /// Re-ranks retrieved <paramref name="candidates"/> with eligibility and redirect rules (and, with the
    /// learned ranking, the examples' <paramref name="vote"/> from <see cref="VoteAsync"/>).
    /// </summary>
    public RecommendationResult Rank(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, Category? filed, int top, ExampleVote? vote = null)
    {
        var reading = model.Learned?.Read(entry);
        var (ranked, redirect) = Order(entry, candidates, filed, reading, vote);
        var shown = Math.Clamp(top, 0, ranked.Count);
        if (reading is not null) return RankLearned(entry, ranked, redirect, reading, shown, vote);
        // Only the results shown need a confidence (and the first, which decides noMatch).
        var features = FeaturesOf(entry, ranked, Math.Max(shown, 1));
        var probabilities = new double[features.Length];
        for (var i = 0; i < features.Length; i++) probabilities[i] = _confidence.Probability(features[i]);
        var noMatch = ranked.Count == 0 || _confidence.IsNoMatch(features[0], probabilities[0]);
        var results = new List<Recommendation>(shown);
        for (var i = 0; i < shown; i++) results.Add(ToRecommendation(ranked[i], entry, noMatch, probabilities[i]));
        return new RecommendationResult(entry.Analysis.Language, noMatch, results.Count > 0 ? results[0].Score : 0, redirect, results);
    }

    /// <summary>
    /// What the ranking knows of each candidate before any model weighs it (eligibility, the stated
    /// size, which programme rules hold), in the order given: what the learned ranking's trainer reads.
    /// </summary>
    public IReadOnlyList<CandidateFacts> Facts(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates)
    {
        var ranked = Candidates(entry, candidates);
        return ranked.ConvertAll(c => new CandidateFacts(c.Scored, c.Programme, c.Eligible, c.FitsStatedSize, c.RuleTarget, c.Firing is not null));
    }

    /// <summary>
    /// The organiser's <paramref name="pastEntries"/> (all of one programme) as <see cref="OrganiserTrust"/> reads
    /// them: each ranked as a new entry of the programme would be, its own example set aside, at trust 1 (the
    /// lookups in one batch); entries whose category is not among the candidates are left out.
    /// </summary>
    public async Task<IReadOnlyList<OrganiserTrust.Case>> TrustCasesAsync(IReadOnlyList<LabelledExample> pastEntries, CancellationToken cancellationToken = default)
    {
        if (model.Learned is null || examples is null || pastEntries.Count == 0) return [];
        var searches = pastEntries.Select(e => new CategorySearch(model.Encoder.Encode(e.Text), e.Program)).ToList();
        var candidates = await index.SearchManyAsync(searches, cancellationToken);
        // One more neighbour than votes, so the k that vote are the k nearest once the entry itself is set aside.
        var found = await examples.NearestManyAsync([.. searches.Select(s => (s.ProgrammeId!, s.Entry))], _vote.K + 1, cancellationToken);
        var cases = new List<OrganiserTrust.Case>(pastEntries.Count);
        for (var i = 0; i < pastEntries.Count; i++)
        {
            var self = pastEntries[i];
            var vote = new ExampleVote(_vote).Add(self.Program, [.. found[i].Where(n => n.ExampleId != self.Id || n.Source != ExampleSource.Organiser)]);
            if (TrustCase(searches[i].Entry, candidates[i], vote, self.CategoryId) is { } c) cases.Add(c);
        }
        return cases;
    }

    /// <summary>
    /// A past entry the jury put in <paramref name="category"/>, as <see cref="OrganiserTrust"/> reads it: each
    /// candidate's fusion logit under <paramref name="vote"/> (taken at trust 1) and its <c>organiserRelative</c>;
    /// null without the learned ranking or when the category is not among the candidates.
    /// </summary>
    public OrganiserTrust.Case? TrustCase(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, ExampleVote vote, string category)
    {
        if (model.Learned is not { } learned) return null;
        var reading = learned.Read(entry);
        var ranked = Candidates(entry, candidates);
        var truth = ranked.FindIndex(c => c.Category.Id == category);
        if (truth < 0) return null;
        var logits = new double[ranked.Count];
        var relative = new float[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            var c = ranked[i];
            var features = learned.Features(reading, c.Category, c.Programme, c.Scored.ConceptSimilarity, c.Scored.TermSimilarity,
                c.Eligible, c.FitsStatedSize, c.RuleTarget, c.Firing is not null, entry.Analysis.Language, vote);
            (logits[i], relative[i]) = (learned.Fusion.Logit(features), features.OrganiserRelative);
        }
        return new OrganiserTrust.Case(logits, relative, truth);
    }

    // With the learned models: every probability is the fusion's (computed for every candidate when it
    // was ordered); nothing matches when the text is not about the domain or no category is probable.
    private RecommendationResult RankLearned(EncodedEntry entry, List<Candidate> ranked, RedirectNotice? redirect, LearnedReading reading, int shown,
        ExampleVote? vote)
    {
        var best = ranked.Count == 0 ? 0 : ranked[0].Probability;
        var noMatch = ranked.Count == 0 || (reading.InDomain < options.NoMatchInDomain && best < options.NoMatchKeepProbability) || best < options.NoMatchProbability;
        var results = new List<Recommendation>(shown);
        // When nothing matches, no category is more probable than the text being about the domain at all.
        for (var i = 0; i < shown; i++) results.Add(ToRecommendation(ranked[i], entry, noMatch, ranked[i].Probability, reading.InDomain));
        if (!noMatch && results.Count > 0 && vote is not null && VoteEvidence.Decides(ranked, vote, _vote.EvidenceShare))
            results[0] = results[0] with { SimilarExamples = VoteEvidence.Of(vote, ranked[0].Category.ProgrammeId) };
        var (subject, probability) = reading.Subject;
        return new RecommendationResult(entry.Analysis.Language, noMatch, results.Count > 0 ? results[0].Score : 0, redirect, results,
            new EntrantSubject(subject, Math.Round(probability, 4)), Math.Round(reading.InDomain, 4));
    }

    // The features of the first `count` candidates of the ranking (each reads its neighbours too).
    private CandidateFeatures[] FeaturesOf(EncodedEntry entry, List<Candidate> ranked, int count)
    {
        var views = ArrayPool<RankedCandidate>.Shared.Rent(ranked.Count);
        try
        {
            for (var i = 0; i < ranked.Count; i++) views[i] = ranked[i].View;
            return _features.Extract(entry, views.AsSpan(0, ranked.Count), count);
        }
        finally
        {
            ArrayPool<RankedCandidate>.Shared.Return(views, clearArray: true);   // it holds categories
        }
    }

    private (List<Candidate> Ranked, RedirectNotice? Redirect) Order(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates, Category? filed,
        LearnedReading? reading, ExampleVote? vote)
    {
        var ranked = Candidates(entry, candidates);
        var learned = reading is not null;
        if (learned) ScoreLearned(entry, ranked, reading!, vote);
        _redirects.Apply(ranked, learned);
        var redirect = filed is null ? null : _redirects.ApplyFiled(filed, entry, ranked, learned);
        ranked.Sort(static (a, b) => b.Adjusted.CompareTo(a.Adjusted));
        if (redirect is null && learned && filed is not null) redirect = RedirectRules.Recognised(filed, ranked);
        return (ranked, redirect);
    }

    // Every candidate with its eligibility and the programme rules that hold for the text: facts that
    // do not depend on the order, so the learned ranking can weigh them before anything is sorted.
    private List<Candidate> Candidates(EncodedEntry entry, IReadOnlyList<ScoredCategory> candidates)
    {
        var ranked = new List<Candidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++) ranked.Add(Candidate.From(candidates[i], i, model, _eligibility, entry, options));
        _redirects.Mark(ranked, entry);
        return ranked;
    }

    // The fusion's calibrated probability becomes each candidate's score; rules then still move
    // targets above their sources, since the programme's own word outranks any model.
    private void ScoreLearned(EncodedEntry entry, List<Candidate> ranked, LearnedReading reading, ExampleVote? vote)
    {
        var learned = model.Learned!;
        var language = entry.Analysis.Language;
        foreach (var c in ranked)
        {
            var features = learned.Features(reading, c.Category, c.Programme, c.Scored.ConceptSimilarity, c.Scored.TermSimilarity,
                c.Eligible, c.FitsStatedSize, c.RuleTarget, c.Firing is not null, language, vote);
            c.Learn(learned.Fusion.Probability(features));
            if (vote is not null) c.WithoutVote = learned.Fusion.Probability(features with { VoteShare = 0, VoteSimilarity = 0, OrganiserRelative = 0 });
        }
    }

    private Recommendation ToRecommendation(Candidate c, EncodedEntry entry, bool noMatch, double probability) =>
        ToRecommendation(c, entry, noMatch, probability, _confidence.NoMatchCeiling);

    private Recommendation ToRecommendation(Candidate c, EncodedEntry entry, bool noMatch, double probability, double noMatchCeiling)
    {
        // Room for the rule, the words and a finding or two, so the list is sized once.
        var evidence = new List<Evidence>(options.MaxEvidence + 2);
        if (c.Rule is { } rule) evidence.Add(new Evidence("rule", rule.ReasonEn));
        _evidence.Explain(entry, model.VectorsOf(c.Category.Id), options.MaxEvidence, evidence);
        _eligibility.Explain(c.Category, c.Programme, entry, evidence);
        var confidence = noMatch ? Math.Min(probability, noMatchCeiling) : probability;
        return new Recommendation(c.Category, Math.Round(confidence, 4), Math.Round(c.Similarity, 4),
            c.Rule?.FromId, c.Eligible, _subcategories.Pick(c.Category, entry), evidence);
    }
}
