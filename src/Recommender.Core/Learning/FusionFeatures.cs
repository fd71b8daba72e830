namespace CategoryMatch.Core.Learning;

/// <summary>
/// What the learned ranking weighs for one candidate category of one text: how the programme's
/// classifier rates it, how close the catalog's own text is, whether the text's subject is what the
/// category is for, what the programme's rules and eligibility say, and whether the text is about the
/// domain at all, and how the programme's nearest labelled examples vote (all of them, and the
/// organiser's own apart).
/// </summary>
/// <param name="ClassifierProbability">The programme classifier's probability of this category (1 in a one-category programme).</param>
/// <param name="ClassifierRank">This category's place in the classifier's order, 0 for the most probable.</param>
/// <param name="ConceptSimilarity">Cosine of the concept vectors of the text and the category's catalog text.</param>
/// <param name="TermSimilarity">Cosine of their term vectors.</param>
/// <param name="SubjectFit">Probability that the text's subject (person, team, ...) is one this category's examples are about.</param>
/// <param name="Eligible">False when the text states something the category excludes.</param>
/// <param name="FitsStatedSize">The headcount the text states is within the category's size bounds.</param>
/// <param name="RuleTarget">A programme rule that holds for the text sends entries to this category.</param>
/// <param name="RuleSource">A rule of this category holds for the text: the programme sends such entries elsewhere.</param>
/// <param name="InDomain">Probability that the text is about what these programmes award at all.</param>
/// <param name="LanguageMatch">The text is written in the programme's language.</param>
/// <param name="VoteShare">The similarity-weighted share of the programme's nearest labelled examples that are in this category (<see cref="Examples.ExampleVote"/>).</param>
/// <param name="VoteSimilarity">Similarity of the nearest of those examples in this category, 0 when none is.</param>
/// <param name="OrganiserRelative">How close the text is to this category's nearest organiser examples (the programme's own past
/// entries, judged by its own jury) relative to the programme's other categories', in standard deviations; 0 without organiser
/// examples in two categories or more (<see cref="Examples.ExampleVote.OrganiserRelative"/>). Relative, not absolute: how near a
/// text is to any past entry says little; which category's past entries it is nearest to says where the jury would put it.</param>
public readonly record struct FusionFeatures(
    float ClassifierProbability, int ClassifierRank, float ConceptSimilarity, float TermSimilarity, float SubjectFit,
    bool Eligible, bool FitsStatedSize, bool RuleTarget, bool RuleSource, float InDomain, bool LanguageMatch,
    float VoteShare = 0, float VoteSimilarity = 0, float OrganiserRelative = 0)
{
    /// <summary>Length of the vector the fusion model reads.</summary>
    public const int Count = 16;

    /// <summary>The slot of <see cref="OrganiserRelative"/> (<see cref="Examples.OrganiserTrust"/> scales its weight).</summary>
    public const int OrganiserRelativeSlot = 15;

    /// <summary>Names of the vector's slots, in order (model cards and reports print them).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "classifier", "logClassifier", "reciprocalRank", "concept", "term", "subjectFit", "eligible", "fitsStatedSize",
        "ruleTarget", "ruleSource", "inDomain", "logitInDomain", "languageMatch", "voteShare", "voteSimilarity", "organiserRelative",
    ];

    /// <summary>
    /// Writes the vector. Probabilities enter both as they are and as logarithms (a linear model sees
    /// 0.01 against 0.001), the rank as its reciprocal.
    /// </summary>
    public void CopyTo(Span<float> vector)
    {
        if (vector.Length < Count) throw new ArgumentException($"The vector needs {Count} slots.", nameof(vector));
        var inDomain = Math.Clamp(InDomain, 1e-4f, 1 - 1e-4f);
        vector[0] = ClassifierProbability;
        vector[1] = MathF.Log(ClassifierProbability + 1e-3f);
        vector[2] = 1f / (1 + ClassifierRank);
        vector[3] = ConceptSimilarity;
        vector[4] = TermSimilarity;
        vector[5] = SubjectFit;
        vector[6] = Eligible ? 1 : 0;
        vector[7] = FitsStatedSize ? 1 : 0;
        vector[8] = RuleTarget ? 1 : 0;
        vector[9] = RuleSource ? 1 : 0;
        vector[10] = inDomain;
        vector[11] = MathF.Log(inDomain / (1 - inDomain));
        vector[12] = LanguageMatch ? 1 : 0;
        vector[13] = VoteShare;
        vector[14] = VoteSimilarity;
        vector[OrganiserRelativeSlot] = OrganiserRelative;
    }

    /// <summary>The vector as a new array (training and tests).</summary>
    public float[] ToVector()
    {
        var vector = new float[Count];
        CopyTo(vector);
        return vector;
    }
}
