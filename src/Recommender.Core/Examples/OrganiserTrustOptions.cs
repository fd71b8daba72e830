using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// How a programme's trust in its own past entries is estimated (<see cref="OrganiserTrust"/>). Bound from
/// <c>Examples:Trust</c>; the defaults were chosen on the learning curves of held-out writers (README,
/// "The learning curve"), never on the dev set.
/// </summary>
public sealed class OrganiserTrustOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Examples:Trust";

    /// <summary>
    /// The weights of the <c>organiserRelative</c> feature tried, in logit units per standard deviation (the learned
    /// one is tried too): 0 lets a programme whose past entries mislead the ranking ignore them; 3 lets them
    /// outweigh all but a confident model.
    /// </summary>
    [MinLength(1)] public double[] Weights { get; set; } = [0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3];

    /// <summary>Fewest past entries (ranked with a category of their own among the candidates) before the trust moves from 1.</summary>
    [Range(1, 10_000)] public int MinCases { get; set; } = 20;

    /// <summary>Most past entries ranked to estimate a programme's trust (a fixed sample: a hash of the id).</summary>
    [Range(10, 100_000)] public int Sample { get; set; } = 400;

    /// <summary>How long after a write the trust is estimated again (writes of a bulk load come together).</summary>
    [Range(0, 600)] public double SettleSeconds { get; set; } = 2;

    /// <summary>
    /// With Qdrant, how often every programme's trust is estimated again: other API processes write there too.
    /// </summary>
    [Range(10, 86_400)] public double RefreshSeconds { get; set; } = 600;
}
