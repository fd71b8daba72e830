using System.Globalization;
using System.Text;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// How the ranking learns from an organiser's examples, without retraining: one writer of the corpus
/// stands for a programme's own entrants. That writer is left out of the training and of the builtin
/// examples; at each step up to n of the writer's texts per category are added as organiser examples,
/// and the writer's texts are scored. Every step scores the same texts (all the writer's in-domain
/// texts) and no text is ever its own example: a text is scored with examples drawn from the writer's
/// other texts only (the first n of each category in a fixed shuffled order, skipping the text itself).
/// With <c>trust</c> options, each programme's trust in the examples is estimated on them as the service does
/// (<see cref="OrganiserTrust"/>): on the archive of the step (the first n of each category), each of its texts
/// ranked with the others, never with the text being scored.
/// </summary>
public static class LearningCurve
{
    /// <summary>
    /// Runs the curve for <paramref name="writer"/> of <paramref name="examples"/> at each of <paramref name="steps"/>;
    /// <paramref name="trainedOn"/> hears the ranker trained without the writer.
    /// </summary>
    public static IReadOnlyList<LearningCurveStep> Run(RecommenderModel model, EncodedCorpus encoded, IReadOnlyList<CorpusExample> examples,
        string writer, IReadOnlyList<int> steps, LearningOptions learning, RankingOptions ranking, Action<LearnedRanker>? trainedOn = null,
        OrganiserTrustOptions? trust = null, Action<int, float>? meanTrust = null)
    {
        var training = examples.Where(e => e.Writer != writer).ToList();
        var own = examples.Where(e => e.Writer == writer && e.InDomain).ToList();
        if (own.Count == 0) throw new ArgumentException($"The writer '{writer}' has no in-domain text here.", nameof(writer));
        var ranker = new LearnedRankerTrainer(model, encoded, learning).Train(training);
        trainedOn?.Invoke(ranker);
        var trained = model.WithLearned(ranker);
        var categories = new InMemoryCategoryIndex(model.CategoryVectors);
        var recommender = new CategoryRecommender(trained, categories, ranking, null, learning.Vote);

        var index = InMemoryExampleIndex.Builtin(model, training, encoded);
        index.Upsert(own.Select(e => new IndexedExample(e.Id, e.Program, e.Expected[0], ExampleSource.Organiser, ExampleVectors.Of(encoded.Entry(e)))));
        var order = new WriterExampleOrder(own);
        var perCategory = own.GroupBy(e => e.Expected[0]).Select(g => g.Count()).ToList();

        var result = new List<LearningCurveStep>(steps.Count);
        foreach (var n in steps)
        {
            // Each scored text is ranked with examples from the writer's other texts: the first n of each
            // category once the text itself is set aside.
            IReadOnlyList<ExampleNeighbour> Neighbours(CorpusExample text, EncodedEntry entry) => index.Nearest(text.Program, ExampleVectors.Of(entry),
                learning.Vote.K, id => order.WriterOf(id) is null || order.IsAmongFirst(id, text, n));
            var trusts = trust is null || n == 0 ? null : TrustOfEach(n);
            var right = new bool[own.Count];
            Parallel.For(0, own.Count, i =>
            {
                var text = own[i];
                var entry = encoded.Entry(text);
                var vote = new ExampleVote(learning.Vote).Add(text.Program, Neighbours(text, entry), trusts?[i] ?? 1);
                var ranked = recommender.Rank(entry, categories.Search(entry, text.Program), Filed(model, text), Evaluation.Evaluator.Top, vote);
                right[i] = ranked.Results.Count > 0 && text.Expected.Contains(ranked.Results[0].Category.Id);
            });

            // The trust each scored text is ranked with: estimated, programme by programme, on the organiser's
            // archive at this step (the first n of each category) without the scored text, as the service
            // estimates it on the archive it holds.
            float[] TrustOfEach(int n)
            {
                var archive = own.Select((e, i) => (Text: e, Place: i)).Where(x => order.IsAmongFirst(x.Text.Id, n)).ToList();
                var cases = new OrganiserTrust.Case?[archive.Count];
                Parallel.For(0, archive.Count, j =>
                {
                    var text = archive[j].Text;
                    var entry = encoded.Entry(text);
                    var neighbours = index.Nearest(text.Program, ExampleVectors.Of(entry), learning.Vote.K,
                        id => order.WriterOf(id) is null || (id != text.Id && order.IsAmongFirst(id, n)));
                    cases[j] = recommender.TrustCase(entry, categories.Search(entry, text.Program),
                        new ExampleVote(learning.Vote).Add(text.Program, neighbours), text.Expected[0]);
                });
                var coefficient = ranker.Fusion.OrganiserCoefficient;
                var trusts = new float[own.Count];
                Parallel.For(0, own.Count, i => trusts[i] = OrganiserTrust.Fit(
                    [.. archive.Select((x, j) => (x, j)).Where(a => a.x.Place != i && a.x.Text.Program == own[i].Program && cases[a.j] is not null).Select(a => cases[a.j]!)],
                    coefficient, trust));
                meanTrust?.Invoke(n, trusts.Average());
                return trusts;
            }
            var byLanguage = own.Select((e, i) => (e.Lang, Right: right[i])).GroupBy(x => x.Lang, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(x => x.Right) / (double)g.Count(), StringComparer.Ordinal);
            result.Add(new LearningCurveStep(n, perCategory.Sum(c => Math.Min(n, c)), own.Count, right.Count(r => r) / (double)own.Count, byLanguage));
        }
        return result;
    }

    /// <summary>
    /// How often a text of <paramref name="writer"/> is in the category of its nearest neighbour among the
    /// writer's other texts (what organiser examples from the same hand offer), and among the other
    /// writers' texts (what the builtin examples offer): why the curve rises, or does not.
    /// </summary>
    public static (double OwnTexts, double OtherWriters) NearestNeighbourAgreement(RecommenderModel model, EncodedCorpus encoded,
        IReadOnlyList<CorpusExample> examples, string writer)
    {
        var inDomain = examples.Where(e => e.InDomain).ToList();
        var index = InMemoryExampleIndex.Builtin(model, inDomain, encoded);
        var writerOf = inDomain.ToDictionary(e => e.Id, e => e.Writer, StringComparer.Ordinal);
        var own = inDomain.Where(e => e.Writer == writer).ToList();
        double Agreement(Func<CorpusExample, string, bool> accept) => own.Count(e =>
            index.Nearest(e.Program, ExampleVectors.Of(encoded.Entry(e)), 1, id => accept(e, id)) is [var n] && e.Expected.Contains(n.CategoryId)) / (double)own.Count;
        return (Agreement((e, id) => id != e.Id && writerOf[id] == writer), Agreement((_, id) => writerOf[id] != writer));
    }

    /// <summary>The curve as a table: one row per step, top-1 overall and per language.</summary>
    public static string Format(IReadOnlyList<LearningCurveStep> steps)
    {
        var languages = steps.SelectMany(s => s.Top1ByLanguage.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var s = new StringBuilder($"{"per category",12}  {"examples",8}  {"scored",6}  {"top1",6}");
        foreach (var l in languages) s.Append($"  {"top1 " + l,7}");
        s.AppendLine();
        foreach (var step in steps)
        {
            s.Append(string.Create(CultureInfo.InvariantCulture, $"{step.PerCategory,12}  {step.Examples,8}  {step.Scored,6}  {step.Top1,6:0.000}"));
            foreach (var l in languages) s.Append(string.Create(CultureInfo.InvariantCulture, $"  {step.Top1ByLanguage.GetValueOrDefault(l, double.NaN),7:0.000}"));
            s.AppendLine();
        }
        return s.ToString();
    }

    // Scored as an entrant asks: with the category the text was filed in, when it was.
    private static Catalog.Category? Filed(RecommenderModel model, CorpusExample e) => e.Filed is { } f ? model.Catalog.FindCategory(f) : null;
}
