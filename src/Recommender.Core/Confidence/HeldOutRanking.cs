namespace CategoryMatch.Core.Confidence;

/// <summary>One labelled entry's ranking with probabilities from a model that did not see the entry.</summary>
/// <param name="Group">The entry's id.</param>
/// <param name="Rows">Its candidates in rule order.</param>
/// <param name="Probabilities">The held-out model's probability for each row.</param>
public sealed record HeldOutRanking(string Group, IReadOnlyList<ConfidenceExample> Rows, IReadOnlyList<double> Probabilities)
{
    /// <summary>True when the entry has a right category among its candidates (false for out-of-domain entries).</summary>
    public bool HasAnswer => Rows.Any(r => r.Label);

    /// <summary>The first candidate in rule order is right.</summary>
    public bool RuleTop1 => Rows.Count > 0 && Rows[0].Label;

    /// <summary>The most probable candidate is right (ties keep rule order).</summary>
    public bool RerankedTop1 => Rows.Count > 0 && Rows[BestByProbability].Label;

    /// <summary>Index of the most probable candidate.</summary>
    public int BestByProbability
    {
        get
        {
            var best = 0;
            for (var i = 1; i < Probabilities.Count; i++) if (Probabilities[i] > Probabilities[best]) best = i;
            return best;
        }
    }
}
