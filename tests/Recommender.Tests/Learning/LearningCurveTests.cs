using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// The learning curve on the three small programmes (seconds): one writer left out of training and of
/// the builtin examples, then 0, 3, 10, 30 of that writer's texts per category added as organiser examples.
/// </summary>
public sealed class LearningCurveTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("W01")]   // a corpus writer: at most ten texts per category, neighbouring categories told side by side
    [InlineData("S03")]   // a season writer: a programme's past entries, twenty per category in Lithuanian, twelve in English
    public void EveryStepScoresTheSameTextsWithMoreOrganiserExamplesAndTheyNeverCostTop1(string writer)
    {
        // Each programme's trust in the examples estimated on them, as the service does.
        var curve = LearningCurve.Run(Models.Real, SmallProgrammes.Encoded, SmallProgrammes.Examples, writer, [0, 3, 10, 30],
            new LearningOptions(), new RankingOptions(), trust: new OrganiserTrustOptions());
        output.WriteLine(LearningCurve.Format(curve));

        Assert.All(curve, step => Assert.Equal(curve[0].Scored, step.Scored));
        Assert.Equal(0, curve[0].Examples);
        Assert.True(curve[1].Examples > 0 && curve[2].Examples > curve[1].Examples && curve[3].Examples >= curve[2].Examples);
        // Held on this corpus: a writer's own texts teach the ranking little (README, "The vote of similar examples
        // and the learning curve"), but they must never make it worse.
        Assert.All(curve, step => Assert.True(step.Top1 >= curve[0].Top1 - 0.02, $"top-1 {step.Top1:0.000} with {step.PerCategory} per category, {curve[0].Top1:0.000} with none"));
    }

    [Fact]
    public void AWritersTextIsNeverItsOwnExampleAndTheFirstNOfACategoryAreNOfItsOtherTexts()
    {
        var writer = SmallProgrammes.Examples.Where(e => e.Writer == "W02" && e.InDomain).ToList();
        var order = new WriterExampleOrder(SmallProgrammes.Examples);

        foreach (var text in writer)
        {
            var sameCategory = writer.Where(e => e.Expected[0] == text.Expected[0]).ToList();
            Assert.False(order.IsAmongFirst(text.Id, text, 30));
            Assert.Equal(Math.Min(2, sameCategory.Count - 1), sameCategory.Count(e => order.IsAmongFirst(e.Id, text, 2)));
            Assert.DoesNotContain(SmallProgrammes.Examples.Where(e => e.Writer != "W02"), e => order.IsAmongFirst(e.Id, text, 30));
        }
    }
}
