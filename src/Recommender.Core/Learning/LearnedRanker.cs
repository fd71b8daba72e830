using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// The models trained from the corpus (data/examples) by <c>categorymatch train</c>, loaded once at
/// start and shared by all requests: per programme a classifier over the text's features, a classifier
/// of the text's subject, a detector of in-domain texts, each category's learned subject profile, and
/// the fusion that weighs all of it with the catalog similarities and the programme's rules.
/// </summary>
public sealed class LearnedRanker
{
    /// <summary>A ranker from its trained parts.</summary>
    public LearnedRanker(FeatureVocabulary vocabulary, IReadOnlyDictionary<string, LinearClassifier> classifiers,
        LinearClassifier subjects, LinearClassifier domain, IReadOnlyDictionary<string, float[]> subjectProfiles, FusionModel fusion)
    {
        if (domain.Classes is not [DomainOut, DomainIn]) throw new ArgumentException($"The domain detector's classes must be [{DomainOut}, {DomainIn}].", nameof(domain));
        Vocabulary = vocabulary;
        Classifiers = classifiers;
        Subjects = subjects;
        Domain = domain;
        SubjectProfiles = subjectProfiles;
        Fusion = fusion;
    }

    /// <summary>The domain detector's classes.</summary>
    public const string DomainOut = "out", DomainIn = "in";

    /// <summary>The features every part reads.</summary>
    public FeatureVocabulary Vocabulary { get; }

    /// <summary>Per programme with more than one category: its categories' classifier.</summary>
    public IReadOnlyDictionary<string, LinearClassifier> Classifiers { get; }

    /// <summary>What a text is about: a person, a team, a department, a contact centre, an organisation, a project, a partnership.</summary>
    public LinearClassifier Subjects { get; }

    /// <summary>In-domain (customer service, contact centres) against anything else.</summary>
    public LinearClassifier Domain { get; }

    /// <summary>Per category, how often its corpus texts are about each subject (in <see cref="Subjects"/>' class order).</summary>
    public IReadOnlyDictionary<string, float[]> SubjectProfiles { get; }

    /// <summary>The fusion model.</summary>
    public FusionModel Fusion { get; }

    /// <summary>The same parts with another fusion.</summary>
    public LearnedRanker With(FusionModel fusion) => new(Vocabulary, Classifiers, Subjects, Domain, SubjectProfiles, fusion);

    // Per-thread scratch for a text's feature counts.
    [ThreadStatic] private static Dictionary<uint, float>? t_counts;

    /// <summary>Reads a text once: its features, subject and in-domain probability; class probabilities per programme on demand.</summary>
    public LearnedReading Read(EncodedEntry entry)
    {
        var counts = t_counts ??= new Dictionary<uint, float>(512);
        TextFeatures.Extract(entry, counts);
        var (columns, values) = Vocabulary.Vectorize(counts, sorted: false);
        var subject = new float[Subjects.Classes.Count];
        Subjects.Predict(columns, values, subject);
        Span<float> domain = stackalloc float[2];
        Domain.Predict(columns, values, domain);
        return new LearnedReading(this, columns, values, domain[1], subject);
    }

    /// <summary>The fusion's features for <paramref name="category"/>; the rest comes from the ranking (and the examples' <paramref name="vote"/>, when any voted).</summary>
    public FusionFeatures Features(LearnedReading reading, Category category, Programme programme, float conceptSimilarity, float termSimilarity,
        bool eligible, bool fitsStatedSize, bool ruleTarget, bool ruleSource, string language, ExampleVote? vote = null)
    {
        var (probability, rank) = reading.Classify(category);
        return new FusionFeatures(probability, rank, conceptSimilarity, termSimilarity, reading.SubjectFit(category.Id),
            eligible, fitsStatedSize, ruleTarget, ruleSource, reading.InDomain, programme.Language == language,
            vote?.Share(category) ?? 0, vote?.Nearest(category) ?? 0, vote?.OrganiserRelative(category) ?? 0);
    }
}
