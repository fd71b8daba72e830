using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// A floor on writers the models never read, not on the dev set the product was once tuned with: the
/// real trainer learns the small programmes from fourteen writers, and the other two writers' texts are
/// scored. (The whole corpus and all sixteen folds take minutes: `evaluate --cross-writers`, README.)
/// </summary>
public sealed class HeldOutFloorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoWritersTheModelsNeverReadGetTheirCategoryFirstMostOfTheTime()
    {
        string[] heldOut = ["W04", "W13"];   // a Lithuanian/English and a Turkish/Russian writer
        var training = SmallProgrammes.Examples.Where(e => !heldOut.Contains(e.Writer)).ToList();
        var scored = SmallProgrammes.Examples.Where(e => heldOut.Contains(e.Writer)).ToList();
        var trainer = LearnedFolds.Trainer(Models.Real, SmallProgrammes.Encoded, new LearningOptions(), new RankingOptions());

        var rows = await CrossWriterEvaluation.ScoreAsync(trainer(training), scored, Models.Real.Catalog, new AuditOptions());
        var report = new HeldOutReport(rows);
        output.WriteLine(report.Format(listMisses: true));

        Assert.DoesNotContain(training, e => heldOut.Contains(e.Writer));
        Assert.True(report.Overall.InDomain >= 100, $"{report.Overall.InDomain} in-domain texts scored");
        Assert.True(report.Overall.Top1 >= 0.85, $"held-out top-1 {report.Overall.Top1:F3}");
        Assert.True(report.Overall.Top3 >= 0.95, $"held-out top-3 {report.Overall.Top3:F3}");
        Assert.True(report.Overall.OutOfDomainNoMatch >= 0.75, $"held-out out-of-domain no-match {report.Overall.OutOfDomainNoMatch:F3}");
    }
}
