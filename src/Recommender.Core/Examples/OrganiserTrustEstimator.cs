using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// Estimates a programme's trust in its organiser's examples on those examples (<see cref="OrganiserTrust"/>):
/// a fixed sample of them (a hash of the id), each ranked by <paramref name="recommender"/> with itself set aside.
/// </summary>
public sealed class OrganiserTrustEstimator(CategoryRecommender recommender, OrganiserTrustOptions options, TimeProvider? clock = null)
{
    /// <summary>The trust of <paramref name="program"/> given its organiser's <paramref name="examples"/>.</summary>
    public async Task<TrustEstimate> EstimateAsync(string program, IReadOnlyList<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        var sample = examples.Where(e => e.Program == program && e.Source == ExampleSource.Organiser)
            .OrderBy(e => TermHash.Of("trust", e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).Take(options.Sample).ToList();
        var cases = await recommender.TrustCasesAsync(sample, cancellationToken);
        var coefficient = recommender.Model.Learned?.Fusion.OrganiserCoefficient ?? 0;
        var trust = OrganiserTrust.Fit(cases, coefficient, options);
        return new TrustEstimate(program, trust, cases.Count, OrganiserTrust.RightUnder(cases, coefficient, trust),
            OrganiserTrust.RightUnder(cases, coefficient, 1), (clock ?? TimeProvider.System).GetUtcNow());
    }
}
