using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Leave-one-writer-out evaluation: for every writer of the corpus, train on all the other writers'
/// texts, then score that writer's texts. A writer's voice (their phrasing, their stories, their habits)
/// never reaches the models that score it, so the figures say how the recommender does on people it
/// never read, which is what entrants are. With writer groups, each fold leaves a group of writers out
/// (writers in id order dealt round the groups): the same guarantee for every text, for a fraction of the
/// training runs, each on a little less data (so the figures can only be a little harsher).
/// </summary>
public static class CrossWriterEvaluation
{
    /// <summary>
    /// Runs every fold and returns one row per example. <paramref name="onFold"/> hears each fold's writers
    /// (joined with '+') as it starts. <paramref name="writerGroups"/>: how many folds the writers are dealt
    /// into; 0, or as many as there are writers, leaves one writer out at a time.
    /// </summary>
    public static async Task<HeldOutReport> RunAsync(
        LabelledCorpus corpus, CategoryCatalog catalog, RecommenderTrainer train, AuditOptions audit,
        Action<string>? onFold = null, CancellationToken cancellationToken = default, int writerGroups = 0)
    {
        var folds = Folds(corpus.Writers, writerGroups);
        // Folds are independent: two at a time, so training's single-threaded solvers keep both cores busy.
        var byFold = new IReadOnlyList<HeldOutRow>[folds.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, folds.Count, options, async (i, ct) =>
        {
            var left = folds[i];
            onFold?.Invoke(string.Join("+", left));
            var training = corpus.Examples.Where(e => !left.Contains(e.Writer)).ToList();
            var heldOut = corpus.Examples.Where(e => left.Contains(e.Writer)).ToList();
            byFold[i] = await ScoreAsync(train(training), heldOut, catalog, audit, ct);
        });
        return new HeldOutReport([.. byFold.SelectMany(r => r)]);
    }

    /// <summary>The writers each fold leaves out: <paramref name="writers"/> (in id order) dealt round <paramref name="groups"/> folds.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Folds(IReadOnlyList<string> writers, int groups)
    {
        var ordered = writers.Order(StringComparer.Ordinal).ToList();
        var count = groups <= 0 ? ordered.Count : Math.Min(groups, ordered.Count);
        return [.. Enumerable.Range(0, count).Select(f => (IReadOnlySet<string>)ordered.Where((_, i) => i % count == f).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>Scores <paramref name="examples"/> with <paramref name="recommender"/>: as an entrant asks, and as the audit judges.</summary>
    public static async Task<IReadOnlyList<HeldOutRow>> ScoreAsync(
        CategoryRecommender recommender, IReadOnlyList<CorpusExample> examples, CategoryCatalog catalog, AuditOptions audit,
        CancellationToken cancellationToken = default)
    {
        var asked = await new BatchRecommender(recommender).RecommendAsync(
            [.. examples.Select(e => new RecommendationRequest(e.Text, e.Program, Evaluator.Top, e.Filed))], cancellationToken: cancellationToken);
        var inDomain = examples.Where(e => e.InDomain).ToList();
        var entries = inDomain.Select(e => new AuditEntry(e.Id, e.Text, e.Program, e.Filed ?? e.Expected[0])).ToList();
        var auditor = new CategoryAuditor(recommender, audit);
        var ranked = await auditor.RankAsync(entries, cancellationToken: cancellationToken);
        var verdicts = new Dictionary<string, (AuditResult Verdict, RecommendationResult Ranking)>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
            verdicts[inDomain[i].Id] = (CategoryAuditor.Judge(entries[i], ranked[i], audit), Trimmed(ranked[i], entries[i].FiledCategory));

        var rows = new List<HeldOutRow>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var result = asked[i];
            var answer = new EvaluationAnswer([.. result.Results.Select(r => r.Category.Id)], result.NoMatch,
                result.Redirect?.From, result.Redirect?.To, result.Language, result.Confidence, result.InDomain ?? double.NaN);
            var verdict = verdicts.TryGetValue(e.Id, out var v) ? v : default;
            rows.Add(new HeldOutRow(e, e.ToCase(LabelledCorpus.KindOf(e, catalog)), answer, verdict.Verdict, verdict.Ranking));
        }
        return rows;
    }

    // What CategoryAuditor.Judge reads of a ranking: the best result and the filed one, not the other forty.
    private static RecommendationResult Trimmed(RecommendationResult ranking, string filed) =>
        ranking with { Results = [.. ranking.Results.Where((r, i) => i == 0 || r.Category.Id == filed)] };
}
