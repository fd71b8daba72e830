using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Learning;

/// <summary>Trains the parts of a <see cref="LearnedRanker"/> that read the text, on one set of examples.</summary>
public static class TextModels
{
    /// <summary>
    /// The vocabulary of <paramref name="examples"/>, a classifier per programme with more than one
    /// category, the subject classifier, the in-domain detector and the categories' subject profiles,
    /// returned as a ranker whose fusion is still to be fitted (<see cref="LearnedRanker.With"/>).
    /// </summary>
    public static LearnedRanker Train(RecommenderModel model, EncodedCorpus encoded, IReadOnlyList<CorpusExample> examples, LearningOptions options)
    {
        var vocabulary = FeatureVocabulary.Build([.. examples.Select(e => (encoded.Counts(e), e.Writer))], options.MinDocuments, options.MinWriters);
        var vectors = examples.ToDictionary(e => e.Id, e => vocabulary.Vectorize(encoded.Counts(e)), StringComparer.Ordinal);
        var inDomain = examples.Where(e => e.InDomain).ToList();

        var jobs = new List<Func<(string Name, LinearClassifier Classifier)>>();
        foreach (var programme in model.Catalog.Programmes.Where(p => p.Categories.Count > 1))
        {
            var classes = programme.Categories.Select(c => c.Id).ToList();
            var rows = inDomain.Where(e => e.Program == programme.Id)
                .Select(e => Row(vectors[e.Id], classes.IndexOf(e.Expected[0]))).ToList();
            if (rows.Count > 0) jobs.Add(() => (programme.Id, ClassifierTrainer.Fit(classes, vocabulary, rows, options.ClassifierL2, options)));
        }
        var subjects = CorpusExample.Subjects.Where(s => s != "none").ToList();
        var subjectRows = inDomain.Where(e => e.Subject is not null && subjects.Contains(e.Subject))
            .Select(e => Row(vectors[e.Id], subjects.IndexOf(e.Subject!))).ToList();
        jobs.Add(() => ("subjects", ClassifierTrainer.Fit(subjects, vocabulary, subjectRows, options.SubjectL2, options)));
        var domainRows = examples.Select(e => Row(vectors[e.Id], e.InDomain ? 1 : 0)).ToList();
        jobs.Add(() => ("domain", ClassifierTrainer.Fit([LearnedRanker.DomainOut, LearnedRanker.DomainIn], vocabulary, domainRows, options.DomainL2, options,
            OutOfDomainWeights(examples, options.OutOfDomainShare))));

        var trained = jobs.AsParallel().AsOrdered().Select(job => job()).ToDictionary(x => x.Name, x => x.Classifier, StringComparer.Ordinal);
        var classifiers = trained.Where(kv => kv.Key is not ("subjects" or "domain")).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new LearnedRanker(vocabulary, classifiers, trained["subjects"], trained["domain"], SubjectProfiles(model.Catalog, inDomain, subjects),
            new FusionModel(new float[FusionFeatures.Count], 0, -1, 0));
    }

    /// <summary>
    /// Each text's weight in the in-domain detector: 1 in domain; out of domain, its language's in-domain texts
    /// times <paramref name="share"/> over its out-of-domain ones, so every language keeps the same balance however
    /// its texts grow (season archives add in-domain texts only; boundary writers add both, in some languages).
    /// </summary>
    public static float[] OutOfDomainWeights(IReadOnlyList<CorpusExample> examples, float share)
    {
        var weightOf = examples.GroupBy(e => e.Lang, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => share * g.Count(e => e.InDomain) / (float)Math.Max(1, g.Count(e => !e.InDomain)), StringComparer.Ordinal);
        return [.. examples.Select(e => e.InDomain ? 1f : weightOf[e.Lang])];
    }

    // How often each category's texts are about each subject, with one imagined text of every subject,
    // so a subject no writer used for a category is unlikely, not impossible.
    private static Dictionary<string, float[]> SubjectProfiles(CategoryCatalog catalog, IReadOnlyList<CorpusExample> examples, List<string> subjects)
    {
        var profiles = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var category in catalog.Categories)
        {
            var counts = subjects.Select(_ => 1f).ToArray();
            foreach (var e in examples.Where(e => e.Expected.Contains(category.Id) && e.Subject is not null))
                if (subjects.IndexOf(e.Subject!) is var i and >= 0) counts[i]++;
            var total = counts.Sum();
            profiles[category.Id] = [.. counts.Select(c => c / total)];
        }
        return profiles;
    }

    private static (int[] Columns, float[] Values, int Class) Row((int[] Columns, float[] Values) vector, int label) =>
        (vector.Columns, vector.Values, label);
}
