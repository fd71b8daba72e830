using CategoryMatch.Core.Examples;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// A programme's trust in its organiser's examples is what ranks those examples best, each with itself set
/// aside; a small or undecided archive keeps the weight the fusion learned.
/// </summary>
public sealed class OrganiserTrustTests
{
    private const double Coefficient = 0.2;   // one unit of organiserRelative moves a logit by 0.2 at trust 1
    private static readonly OrganiserTrustOptions Options = new();

    // A past entry among three candidates: the model's logits without the organiser term, and the organiser's relative closeness.
    private static OrganiserTrust.Case Entry(double[] model, float[] relative, int truth) =>
        new([.. model.Select((z, j) => z + Coefficient * relative[j])], relative, truth);

    private static IReadOnlyList<OrganiserTrust.Case> Many(int count, Func<int, OrganiserTrust.Case> entry) => [.. Enumerable.Range(0, count).Select(entry)];

    [Fact]
    public void AnArchiveTheModelReadsWronglyAndItsOwnEntriesReadRightlyEarnsMoreThanTheTrainedWeight()
    {
        // The model prefers candidate 0 by one logit; the jury chose 1, and the entries lean towards their jury's category.
        var cases = Many(40, i => Entry([1, 0, -1], [-1, 1, 0], truth: 1));

        var trust = OrganiserTrust.Fit(cases, Coefficient, Options);

        Assert.True(trust > 2.5, $"trust {trust}");
        Assert.Equal(40, OrganiserTrust.RightUnder(cases, Coefficient, trust));
        Assert.Equal(0, OrganiserTrust.RightUnder(cases, Coefficient, 1));
    }

    [Fact]
    public void AnArchiveWhoseEntriesPointAwayFromTheirJurysCategoriesIsIgnored()
    {
        // The model is right by a little; the organiser term leans to a wrong category, enough to turn it at trust 1.
        var cases = Many(40, i => Entry([0.1, 0, -1], [-1, 1, 0], truth: 0));

        Assert.Equal(0, OrganiserTrust.Fit(cases, Coefficient, Options));
    }

    [Fact]
    public void WhenNoTrustRanksTheEntriesBetterTheTrainedWeightStays()
    {
        var cases = Many(40, i => Entry([3, 0, -1], [i % 2 == 0 ? 1 : -1, 0, 0], truth: 0));

        Assert.Equal(1, OrganiserTrust.Fit(cases, Coefficient, Options));
    }

    [Fact]
    public void FewerPastEntriesThanTheMinimumKeepTheTrainedWeight()
    {
        var cases = Many(Options.MinCases - 1, i => Entry([1, 0, -1], [-1, 1, 0], truth: 1));

        Assert.Equal(1, OrganiserTrust.Fit(cases, Coefficient, Options));
        Assert.Equal(1, OrganiserTrust.Fit(Many(40, i => Entry([1, 0, -1], [-1, 1, 0], truth: 1)), coefficient: 0, Options));
    }

    [Fact]
    public void TheVoteHearsTheOrganisersExamplesScaledByTheProgrammesTrust()
    {
        var category = Support.Models.Real.Catalog.FindCategory("lt-iba:E01")!;
        ExampleNeighbour[] neighbours =
        [
            new("a", "lt-iba:E01", 0.9f, ExampleSource.Organiser), new("b", "lt-iba:E02", 0.5f, ExampleSource.Organiser),
            new("c", "lt-iba:E03", 0.4f, ExampleSource.Organiser),
        ];

        var asTrained = new ExampleVote(new ExampleVoteOptions()).Add("lt-iba", neighbours).OrganiserRelative(category);
        var trusted = new ExampleVote(new ExampleVoteOptions()).Add("lt-iba", neighbours, organiserTrust: 4).OrganiserRelative(category);
        var ignored = new ExampleVote(new ExampleVoteOptions()).Add("lt-iba", neighbours, organiserTrust: 0).OrganiserRelative(category);

        Assert.True(asTrained > 1);
        Assert.Equal(4 * asTrained, trusted, 4);
        Assert.Equal(0, ignored);
    }
}
