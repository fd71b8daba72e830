using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// How the nearest labelled examples vote in the learned ranking. Bound from the configuration section
/// <c>Examples:Vote</c>; the defaults were chosen on held-out writers (README, "The vote of similar
/// examples and the learning curve"), never on the dev set.
/// </summary>
public sealed class ExampleVoteOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Examples:Vote";

    /// <summary>How many of the programme's nearest examples vote.</summary>
    [Range(1, 200)] public int K { get; set; } = 10;

    /// <summary>
    /// How much more an organiser's example weighs in the vote than a builtin one: the organiser's
    /// examples are the programme's own entrants, judged by its own jury.
    /// </summary>
    [Range(1, 100)] public float OrganiserWeight { get; set; } = 1f;

    /// <summary>
    /// The vote is shown as evidence (<c>similarExamples</c>) when it changed the first category, or when
    /// the first category's share of the vote reaches this.
    /// </summary>
    [Range(0, 1)] public float EvidenceShare { get; set; } = 0.6f;
}
