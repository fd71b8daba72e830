using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>Held-out-writer evaluation trains without the writer it scores, and reports by every breakdown.</summary>
public sealed class CrossWriterEvaluationTests
{
    private static readonly LabelledCorpus Corpus = LabelledCorpus.Of(
    [
        Example("a1", "W01", "ru", "interview", ["ru-cca:13"], SampleSummaries.RussianAiVoiceBot, filed: "ru-cca:14"),
        Example("a2", "W01", "en", "one-liner", ["ru-cca:51"], "Our team of 40 agents answers calls, chats and emails for a regional water utility around the clock."),
        Example("b1", "W02", "en", "news", [], "The city council approved the budget for new bicycle lanes and a footbridge over the river, to be finished in 2026."),
        Example("b2", "W02", "ru", "social", ["ru-cca:55"], "Наша команда взыскания из 30 человек вернула 62% просроченной задолженности без жалоб клиентов."),
        Example("c1", "W03", "en", "jury-essay", ["ru-cca:61"], "Maria Petrova has answered customers' calls on our hotline for six years; this year she resolved 97% of her calls at first contact."),
    ]);

    [Fact]
    public async Task EachWriterIsScoredByModelsTrainedOnlyOnTheOtherWriters()
    {
        var trainedOn = new System.Collections.Concurrent.ConcurrentBag<string>();   // folds may run side by side
        RecommenderTrainer train = training =>
        {
            trainedOn.Add(string.Join(",", training.Select(e => e.Writer).Distinct().Order()));
            return Models.Recommender();
        };

        var report = await CrossWriterEvaluation.RunAsync(Corpus, Models.Real.Catalog, train, new AuditOptions());

        Assert.Equal(["W01,W02", "W01,W03", "W02,W03"], trainedOn.Order());
        Assert.Equal(Corpus.Examples.Select(e => e.Id).Order(), report.Rows.Select(r => r.Example.Id).Order());
    }

    [Fact]
    public async Task WithWriterGroupsEachFoldLeavesOutAGroupAndEveryTextIsStillScoredByModelsThatNeverReadItsWriter()
    {
        var trainedOn = new System.Collections.Concurrent.ConcurrentBag<string>();
        RecommenderTrainer train = training =>
        {
            trainedOn.Add(string.Join(",", training.Select(e => e.Writer).Distinct().Order()));
            return Models.Recommender();
        };

        var report = await CrossWriterEvaluation.RunAsync(Corpus, Models.Real.Catalog, train, new AuditOptions(), writerGroups: 2);

        // W01 and W03 are dealt into the first group, W02 into the second.
        Assert.Equal(["W01,W03", "W02"], trainedOn.Order());
        Assert.Equal(Corpus.Examples.Select(e => e.Id).Order(), report.Rows.Select(r => r.Example.Id).Order());
    }

    [Fact]
    public void WritersAreDealtRoundTheGroupsInIdOrderAndZeroGroupsLeavesOneWriterOutAtATime()
    {
        string[] writers = ["W03", "B01", "S02", "W01", "W02"];

        Assert.Equal([["B01", "W02"], ["S02", "W03"], ["W01"]], CrossWriterEvaluation.Folds(writers, 3).Select(f => f.Order().ToArray()));
        Assert.Equal(5, CrossWriterEvaluation.Folds(writers, 0).Count);
        Assert.Equal(5, CrossWriterEvaluation.Folds(writers, 12).Count);
    }

    [Fact]
    public async Task TheReportMeasuresRankingRedirectsNoMatchAndTheAuditByLanguageGenreAndLength()
    {
        var report = await CrossWriterEvaluation.RunAsync(Corpus, Models.Real.Catalog, _ => Models.Recommender(), new AuditOptions());

        var overall = report.Overall;
        Assert.Equal((5, 4), (overall.Texts, overall.InDomain));
        Assert.Equal(1.0, overall.Redirect);                       // the AI voice bot filed in 14 is sent to 13
        Assert.Equal(1.0, overall.OutOfDomainNoMatch);             // the council's budget is not customer service
        Assert.Equal(1, report.By(r => r.Example.Genre).Single(g => g.Group == "news").Metrics.Texts);
        var text = report.Format();
        foreach (var heading in new[] { "by language:", "by programme:", "by genre:", "by length:", "by kind:", "by writer:" })
            Assert.Contains(heading, text);
        Assert.Contains("audit_p", text);
        Assert.Equal("redirect", report.Rows.Single(r => r.Example.Id == "a1").Case.Kind);
        Assert.Equal(AuditVerdict.Redirect, report.Rows.Single(r => r.Example.Id == "a1").Audit!.Verdict);
        Assert.Null(report.Rows.Single(r => r.Example.Id == "b1").Audit);
    }

    private static CorpusExample Example(string id, string writer, string lang, string genre, string[] expected, string text, string? filed = null) =>
        new(id, "ru-cca", lang, text, expected, [], filed, writer, genre, null, NearDomain: expected.Length == 0 ? true : null);
}
