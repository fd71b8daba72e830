using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Knobs of the ranking. The learned ranking's thresholds were chosen on held-out writers; the
/// similarity ranking's (used only without a learned model) were set before the corpus existed.
/// Bound from the configuration section <c>Ranking</c>.
/// </summary>
public sealed class RankingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ranking";

    /// <summary>Below this fused similarity the best category does not fit, whatever the text.</summary>
    [Range(0, 1)] public float MinSimilarity { get; set; } = 0.11f;

    /// <summary>
    /// A text whose IDF-weighted concept mass is below this holds little of the domain (a bakery's
    /// launch that mentions sales and a supermarket) and must match strongly to count as a match.
    /// </summary>
    [Range(0, 100)] public float LowDomainSignal { get; set; } = 7.5f;

    /// <summary>The similarity a low-signal text needs (see <see cref="LowDomainSignal"/>).</summary>
    [Range(0, 1)] public float LowSignalMinSimilarity { get; set; } = 0.35f;

    /// <summary>Multiplier on the similarity of a category the text is not eligible for.</summary>
    [Range(0, 1)] public float IneligiblePenalty { get; set; } = 0.5f;

    /// <summary>Multiplier on the similarity of a category whose size bounds admit the headcount the text states.</summary>
    [Range(1, 2)] public float StatedSizeBonus { get; set; } = 1.1f;

    /// <summary>Similarity at which confidence is one half.</summary>
    [Range(0, 1)] public float ConfidenceMidpoint { get; set; } = 0.25f;

    /// <summary>Steepness of the confidence curve around the midpoint.</summary>
    [Range(0, 200)] public float ConfidenceSteepness { get; set; } = 12f;

    /// <summary>
    /// With the learned ranking: nothing matches when the best category's probability is below this.
    /// Off (0) by default: on held-out writers it only added false no-matches to what the in-domain
    /// detector catches (README, "Learned ranking").
    /// </summary>
    [Range(0, 1)] public double NoMatchProbability { get; set; }

    /// <summary>
    /// The learned ranking written by <c>categorymatch train</c>, relative to the data folder (or
    /// absolute); loaded at start when the file exists. Empty, or a missing file, ranks by similarity.
    /// </summary>
    public string? LearnedModel { get; set; } = Learning.LearnedModelFile.DefaultPath;

    /// <summary>
    /// With the learned ranking: nothing matches when the in-domain detector's probability is below
    /// this. Chosen on held-out writers (README, "Learned ranking").
    /// </summary>
    [Range(0, 1)] public double NoMatchInDomain { get; set; } = 0.5;

    /// <summary>
    /// With the learned ranking: a text the in-domain detector doubts (below <see cref="NoMatchInDomain"/>) still
    /// matches when its best category's probability reaches this. The fusion reads the text against each category
    /// (the detector only against the domain as a whole), so a one-line entry that names what a category is about
    /// keeps its answer. Chosen on held-out writers: the lowest value at which 90 % of out-of-domain texts are still
    /// caught (README, "Learned ranking"; 0.5 on the corpus of 29 writers, 0.4 on 43); above 1 turns it off.
    /// </summary>
    [Range(0, 2)] public double NoMatchKeepProbability { get; set; } = 0.4;

    /// <summary>
    /// With the learned ranking: when the lexicon reads one of the filed category's rules as holding but
    /// the model gives another of that category's rule targets at least this probability (and more than
    /// the read rule's target), the other rule is the one that applies. A rule's condition is read from
    /// words, and a digital-only team that says it takes no calls, or that a separate unit answers the
    /// phone, still mentions calls: the voice-channel exclusion then reads as holding and the size rule
    /// (to the general team category) fires instead of the digital-team one. Both rules say the filing
    /// is wrong; which one applies is the model's reading once it is more likely than not. 1 turns it off.
    /// </summary>
    [Range(0, 1)] public double OtherRuleProbability { get; set; } = 0.5;

    /// <summary>
    /// With the learned ranking: a category whose rule reads as holding still sends the text to the rule's
    /// target (which then ranks above it) unless the model gives the category itself at least this
    /// probability. The model learned from texts the rules send elsewhere, so when it still reads the text
    /// as the category's, the lexicon has most likely read the condition out of context ("quality control
    /// is not our remit" read as quality control). A filed category's rule is not gated here: the audit
    /// gates it (<c>Audit:RedirectMaxFiledProbability</c>). Above 1 turns it off.
    /// </summary>
    [Range(0, 1.01)] public double RuleSourceProbability { get; set; } = 0.5;

    /// <summary>Maximum evidence items per result.</summary>
    [Range(1, 50)] public int MaxEvidence { get; set; } = 8;
}
