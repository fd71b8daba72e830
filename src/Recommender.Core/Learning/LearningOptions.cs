namespace CategoryMatch.Core.Learning;

/// <summary>
/// The few settings of training that are chosen rather than learned, in one place. Each value was
/// chosen on held-out writers (<c>categorymatch evaluate --cross-writers</c>), never on the dev set;
/// the README's "Learned ranking" section gives the figures behind each.
/// </summary>
public sealed record LearningOptions
{
    /// <summary>L2 penalty of the programme classifiers (multinomial logistic regression).</summary>
    public float ClassifierL2 { get; init; } = 0.3f;

    /// <summary>L2 penalty of the subject classifier.</summary>
    public float SubjectL2 { get; init; } = 1f;

    /// <summary>L2 penalty of the in-domain detector.</summary>
    public float DomainL2 { get; init; } = 0.3f;

    /// <summary>
    /// The out-of-domain texts' share of the in-domain detector's training, as their summed weight over the
    /// in-domain texts' of the same language: they are one text in thirteen, and a detector that meets few of
    /// them learns to say "in domain" to everything. A share, not a weight per text, so the balance holds as the
    /// corpus grows; per language, so a language whose in-domain texts grow (ru-cca's Russian archives) does not
    /// drift towards "in domain" (held-out Russian no-match 0.872 → 0.895 at the same top-1). 0.7 is what a weight
    /// of 8 per text gave on the 5,340-text corpus, where it was chosen on held-out writers.
    /// </summary>
    public float OutOfDomainShare { get; init; } = 0.7f;

    /// <summary>L2 penalty of the fusion (few features, many correlated rows: keep the weights modest).</summary>
    public float FusionL2 { get; init; } = 0.05f;

    /// <summary>
    /// Groups of writers the fusion's training rows come from: each group is scored by classifiers
    /// trained without it, so the fusion learns how far to trust a classifier on unseen writers.
    /// </summary>
    public int InnerFolds { get; init; } = 2;

    /// <summary>
    /// How many folds held-out-writer evaluation deals the writers into (<see cref="CrossWriterEvaluation"/>):
    /// each text is still scored by models that never read its writer. 10 rather than one fold per writer since
    /// the corpus reached 29 writers: <c>train</c> (which measures every model it writes) stays under 10 minutes on
    /// 2 cores; 0 leaves one writer out at a time (<c>--writer-groups 0</c>).
    /// </summary>
    public int HeldOutWriterGroups { get; init; } = 10;

    /// <summary>Fewest training texts a feature must occur in to be kept.</summary>
    public int MinDocuments { get; init; } = 3;

    /// <summary>
    /// Fewest writers whose texts a feature must occur in to be kept: what only one writer ever wrote is
    /// that writer's habit, not the domain's language. 4 since the corpus reached 43 writers (3 before): on held-out
    /// writers the same figures within 0.003 with 70,216 features instead of 91,178 (README, "Learned ranking").
    /// </summary>
    public int MinWriters { get; init; } = 4;

    /// <summary>The classifiers' L-BFGS stops when the loss improves by less than this, relatively.</summary>
    public float Tolerance { get; init; } = 1e-4f;

    /// <summary>The classifiers' L-BFGS stops after this many iterations at most.</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>How the nearest examples vote (k, organisers' weight): training computes the vote as ranking will.</summary>
    public Examples.ExampleVoteOptions Vote { get; init; } = new();

    /// <summary>
    /// How many past entries per category the organiser has, as the fusion's training simulates one
    /// (<see cref="SimulatedOrganisers"/>): each training text gets one of these by a hash of its id. Zero
    /// keeps rows without any, as most programmes are; the others span a first season to a full archive.
    /// </summary>
    public IReadOnlyList<int> SimulatedOrganiserExamples { get; init; } = [0, 3, 10, 30];

    /// <summary>Seed of every trainer.</summary>
    public int Seed { get; init; } = 1;
}
