using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Trains a <see cref="LearnedRanker"/> on corpus examples:
/// <list type="number">
/// <item>the parts that read text (programme classifiers, subject classifier, in-domain detector) are
/// trained <see cref="LearningOptions.InnerFolds"/> times, each time without one group of writers, and
/// score that group: the fusion's training rows are what the parts say about writers they never read,
/// and each row's example vote comes from the other writers' texts only (cross-fitting: a vote that
/// counted its own writer's texts would look better in training than it ever is on a new writer), with a
/// simulated organiser's archive voting too (<see cref="SimulatedOrganisers"/>);</item>
/// <item>the fusion is fitted on those rows (each candidate of each text, right or not);</item>
/// <item>the parts are trained again on every example, and paired with the fusion.</item>
/// </list>
/// </summary>
public sealed class LearnedRankerTrainer(RecommenderModel model, EncodedCorpus encoded, LearningOptions options)
{
    private readonly RecommenderModel _plain = model.WithLearned(null);
    private readonly InMemoryCategoryIndex _index = new(model.CategoryVectors);

    /// <summary>Trains on <paramref name="training"/>.</summary>
    public LearnedRanker Train(IReadOnlyList<CorpusExample> training)
    {
        var writers = training.Select(e => e.Writer).Distinct().Order(StringComparer.Ordinal).ToList();
        var groups = writers.Select((w, i) => (w, i % Math.Max(1, Math.Min(options.InnerFolds, writers.Count)))).ToDictionary(x => x.w, x => x.Item2);
        var examples = InMemoryExampleIndex.Builtin(model, training, encoded);
        var writerOf = training.ToDictionary(e => e.Id, e => e.Writer, StringComparer.Ordinal);
        var organisers = new SimulatedOrganisers(training, groups, encoded, options);
        var rows = new List<(float[] Features, bool Label)>();
        foreach (var g in groups.Values.Distinct().Order())
        {
            var parts = TextModels.Train(_plain, encoded, [.. training.Where(e => groups[e.Writer] != g)], options);
            foreach (var e in training.Where(e => groups[e.Writer] == g))
                rows.AddRange(FusionRows(parts, e, organisers.Vote(examples, writerOf, e, model.Catalog.FindProgramme(e.Program)!)));
        }
        var fusion = FusionTrainer.Fit(rows, options);
        return TextModels.Train(_plain, encoded, training, options).With(fusion);
    }

    /// <summary>
    /// One row per candidate category of the example's programme: its fusion features (with the examples'
    /// <paramref name="vote"/>), and whether it is the example's category.
    /// </summary>
    public IEnumerable<(float[] Features, bool Label)> FusionRows(LearnedRanker parts, CorpusExample example, ExampleVote? vote = null)
    {
        var entry = encoded.Entry(example);
        var reading = parts.Read(entry);
        var recommender = new CategoryRecommender(_plain, _index, new RankingOptions());
        foreach (var f in recommender.Facts(entry, _index.Search(entry, example.Program)))
        {
            var features = parts.Features(reading, f.Scored.Category, f.Programme, f.Scored.ConceptSimilarity, f.Scored.TermSimilarity,
                f.Eligible, f.FitsStatedSize, f.RuleTarget, f.RuleSource, entry.Analysis.Language, vote);
            yield return (features.ToVector(), example.Expected.Contains(f.Scored.Category.Id));
        }
    }
}
