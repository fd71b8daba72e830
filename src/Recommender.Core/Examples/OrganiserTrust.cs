namespace CategoryMatch.Core.Examples;

/// <summary>
/// How far one programme's own past entries are trusted, measured on them: each past entry is ranked as a
/// new entry would be, its own example set aside (leave one out), and of a few weights for the fusion's
/// <c>organiserRelative</c> feature the one under which most of those entries come out first in the category
/// the jury chose is kept, as a multiple of the learned weight: the trust (ties go to the trust nearest 1, the
/// weight the fusion learned from simulated organisers; few entries rarely tell the weights apart, so a small
/// archive keeps it).
/// Why per programme: an organiser's archive is worth much where the model reads that programme's
/// entrants badly and little where it reads them well, and only the archive can tell which. Nothing is
/// retrained: the trust scales one learned weight. (A conditional-logit fit of the trust, with a
/// temperature, chose about a fifth of what ranks best: it pays most for a few confident errors.)
/// </summary>
public static class OrganiserTrust
{
    /// <summary>
    /// One past entry ranked with its own example set aside: per candidate category the fusion's calibrated
    /// logit at trust 1 and the <c>organiserRelative</c> feature, and which candidate the jury chose.
    /// </summary>
    public sealed record Case(double[] Logits, float[] Relative, int Truth);

    /// <summary>
    /// The trust under which <paramref name="cases"/> rank their jury's category first most often, when a
    /// unit of <c>organiserRelative</c> moves a logit by <paramref name="coefficient"/> at trust 1; 1 with
    /// fewer than <see cref="OrganiserTrustOptions.MinCases"/> cases or without a positive coefficient.
    /// </summary>
    public static float Fit(IReadOnlyList<Case> cases, double coefficient, OrganiserTrustOptions options)
    {
        if (cases.Count < options.MinCases || coefficient <= 0) return 1;
        // The candidates are weights in logit units (the learned one can be near 0, and a multiple of nothing
        // is nothing), expressed as multiples of the learned weight.
        var best = (Right: RightUnder(cases, coefficient, 1), Trust: 1f);
        foreach (var weight in options.Weights)
        {
            var trust = (float)(weight / coefficient);
            var right = RightUnder(cases, coefficient, trust);
            if (right > best.Right || (right == best.Right && Distance(trust) < Distance(best.Trust))) best = (right, trust);
        }
        return best.Trust;
    }

    /// <summary>How many of <paramref name="cases"/> come out first in their jury's category under <paramref name="trust"/>.</summary>
    public static int RightUnder(IReadOnlyList<Case> cases, double coefficient, float trust) =>
        cases.Count(c => FirstUnder(c, coefficient, trust) == c.Truth);

    // The candidate ranked first when the organiser term weighs `trust` times what it does at 1.
    private static int FirstUnder(Case c, double coefficient, float trust)
    {
        var (first, best) = (0, double.NegativeInfinity);
        for (var j = 0; j < c.Logits.Length; j++)
        {
            var logit = c.Logits[j] + (trust - 1) * coefficient * c.Relative[j];
            if (logit > best) (first, best) = (j, logit);
        }
        return first;
    }

    // Distance from 1 (the learned weight) on a log scale; 0 counts as a little below the smallest trust.
    private static float Distance(float trust) => MathF.Abs(MathF.Log((trust + 0.05f) / 1.05f));
}
