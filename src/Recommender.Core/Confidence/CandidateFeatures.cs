namespace CategoryMatch.Core.Confidence;

/// <summary>
/// What the confidence model knows about one ranked candidate: the similarities behind its rank, its
/// place in the ranking, the rule and eligibility signals, and a few facts about the text.
/// </summary>
/// <param name="ConceptSimilarity">Cosine of the concept vectors (language-independent).</param>
/// <param name="TermSimilarity">Cosine of the term vectors.</param>
/// <param name="Similarity">The fused similarity (0.7 concept + 0.3 term).</param>
/// <param name="Adjusted">The similarity after the eligibility penalty and redirect promotions: what the rank is sorted by.</param>
/// <param name="MarginToNext">Adjusted similarity minus that of the next candidate in the ranking; 0 for the last.</param>
/// <param name="GapToBest">Adjusted similarity of the first candidate minus this one's; 0 for the first.</param>
/// <param name="Rank">Place in the ranking, 0 for the first.</param>
/// <param name="Promoted">A redirect rule that fired for the text sends entries to this category.</param>
/// <param name="RuleSource">A rule of this category fired for the text: the programme sends such entries elsewhere.</param>
/// <param name="Eligible">False when the text states something the category excludes.</param>
/// <param name="TextLength">Length of the text in characters.</param>
/// <param name="LanguageMatch">The text is written in the language of the category's programme.</param>
/// <param name="DomainSignal">The entry's IDF-weighted concept mass (<see cref="Encoding.EncodedEntry.DomainSignal"/>).</param>
/// <param name="DistinctConcepts">How many different concepts the text mentions (directly or through a narrower one).</param>
public readonly record struct CandidateFeatures(
    float ConceptSimilarity,
    float TermSimilarity,
    float Similarity,
    float Adjusted,
    float MarginToNext,
    float GapToBest,
    int Rank,
    bool Promoted,
    bool RuleSource,
    bool Eligible,
    int TextLength,
    bool LanguageMatch,
    float DomainSignal,
    int DistinctConcepts)
{
    /// <summary>Length of the vector the learned model reads.</summary>
    public const int Count = 13;

    /// <summary>Names of the vector's slots, in order (they appear in the trainer's report).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "concept", "term", "similarity", "adjusted", "marginToNext", "gapToBest", "reciprocalRank",
        "promoted", "ruleSource", "eligible", "languageMatch", "logDomainSignal", "logConcepts",
    ];

    /// <summary>
    /// Writes the model's input vector. Counts and masses enter as logarithms and the rank as its
    /// reciprocal, so a linear model sees diminishing returns (the 20th concept says less than the 2nd).
    /// <see cref="TextLength"/> is left out on purpose: the training summaries are shorter than real
    /// entries (median 140 vs 560 characters), and a model that read length pushed long out-of-domain
    /// texts above 0.9 (README, "Confidence").
    /// </summary>
    public void CopyTo(Span<float> vector)
    {
        if (vector.Length < Count) throw new ArgumentException($"The vector needs {Count} slots.", nameof(vector));
        vector[0] = ConceptSimilarity;
        vector[1] = TermSimilarity;
        vector[2] = Similarity;
        vector[3] = Adjusted;
        vector[4] = MarginToNext;
        vector[5] = GapToBest;
        vector[6] = 1f / (1 + Rank);
        vector[7] = Promoted ? 1 : 0;
        vector[8] = RuleSource ? 1 : 0;
        vector[9] = Eligible ? 1 : 0;
        vector[10] = LanguageMatch ? 1 : 0;
        vector[11] = MathF.Log(1 + Math.Max(0, DomainSignal));
        vector[12] = MathF.Log(1 + DistinctConcepts);
    }

    /// <summary>The model's input vector as a new array (training and tests; the hot path uses <see cref="CopyTo"/>).</summary>
    public float[] ToVector()
    {
        var vector = new float[Count];
        CopyTo(vector);
        return vector;
    }
}
