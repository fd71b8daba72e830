using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Tests.Support;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Audit;

public sealed class AuditorTests(ITestOutputHelper output)
{
    private static readonly CategoryAuditor Auditor = new(Models.Recommender(), new AuditOptions());
    private static List<EvaluationCase> DevSet() => EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl"));

    [Fact]
    public async Task OnTheDevSetCorrectlyFiledEntriesComeBackOkAndMostMisfiledOnesAreCaught()
    {
        var filedProbabilities = new[] { 0.01, 0.02, 0.05, 0.1, 0.2, 0.3 };
        var scores = await AuditMeasurement.SweepAsync(Auditor, DevSet(), filedProbabilities, [0.0, new AuditOptions().MinConfidence, 0.7]);
        output.WriteLine(AuditMeasurement.Format(scores));

        var defaults = scores.Single(s => s.MaxFiledProbability == Auditor.Options.MaxFiledProbability && s.MinConfidence == Auditor.Options.MinConfidence);
        // Measured at the defaults with the learned ranking: 1 of 194 false alarms, 42 of 48 caught, precision 97.7 %,
        // recall 87.5 % (README, "How the thresholds were chosen", where the thresholds were chosen on held-out corpus
        // writers, not here). The floors leave room for a ranking change or two.
        Assert.True(defaults.FalseAlarms <= 2, $"{defaults.FalseAlarms} correctly filed entries were flagged");
        Assert.True(defaults.Precision >= 0.95, $"precision {defaults.Precision:P1}");
        Assert.True(defaults.Recall >= 0.80, $"recall {defaults.Recall:P1}");
    }

    [Fact]
    public async Task AnEntryFiledWhereARuleOfItsCategorySendsItElsewhereIsARedirect()
    {
        var entry = new AuditEntry("bot", "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.", "ru-cca", "ru-cca:14");

        var result = (await Auditor.AuditAsync([entry]))[0];

        Assert.Equal(AuditVerdict.Redirect, result.Verdict);
        Assert.Equal("ru-cca:13", result.SuggestedCategory);
        Assert.Equal("bot", result.Id);
    }

    [Fact]
    public async Task ADigitalOnlyTeamFiledAsALargeCollectiveIsRedirectedToTheDigitalTeamNotToTheTeamCategoryBySize()
    {
        // Its mention of the phone line makes the digital-team rule read as failing and the size rule (to 51) as
        // holding; the model reads it as 53's, and that rule of 52 is the one the audit reports.
        var entry = new AuditEntry("chat", "Наша команда онлайн-поддержки из 42 человек отвечает клиентам «Северной энергии» в чате " +
            "приложения, в Telegram и по почте. Телефонную линию ведёт отдельное подразделение контакт-центра, сама команда " +
            "звонки не принимает. В 2025 году время первого ответа сократилось до 40 секунд.", "ru-cca", "ru-cca:52");

        var result = (await Auditor.AuditAsync([entry]))[0];

        Assert.Equal(AuditVerdict.Redirect, result.Verdict);
        Assert.Equal("ru-cca:53", result.SuggestedCategory);
    }

    [Theory]
    [InlineData(0.93, AuditVerdict.Ok)]
    [InlineData(0.20, AuditVerdict.Redirect)]
    public void ARuleThatReadsAsMetStandsOnlyWhileTheModelDoubtsTheFiledCategory(double filedScore, AuditVerdict expected)
    {
        var catalog = Models.Recommender().Model.Catalog;
        var filed = catalog.FindCategory("ru-cca:14")!;
        var target = catalog.FindCategory("ru-cca:13")!;
        var rule = filed.Redirects.Single(r => r.ToId == target.Id);
        var ranking = new RecommendationResult("ru", false, 0.9, new RedirectNotice(rule.FromId, rule.ToId, rule.Reason, rule.ReasonEn),
            [Result(target, 0.95), Result(filed, filedScore)]);

        var verdict = CategoryAuditor.Judge(new AuditEntry("e", "text", "ru-cca", filed.Id), ranking, new AuditOptions());

        Assert.Equal(expected, verdict.Verdict);
        Assert.Contains(target.Id, verdict.Reason);
    }

    private static Recommendation Result(Category category, double score) => new(category, score, score, null, true, [], []);

    [Fact]
    public async Task ATextWithNothingOfTheProgrammeIsUncertainNotMisfiled()
    {
        var entry = new AuditEntry("bakery", "Our bakery launched a new sourdough loaf, sold in two supermarkets.", "ru-cca", "ru-cca:13");

        var result = (await Auditor.AuditAsync([entry]))[0];

        Assert.Equal(AuditVerdict.Uncertain, result.Verdict);
        Assert.Null(result.SuggestedCategory);
    }

    [Fact]
    public async Task VerdictsComeBackInInputOrder()
    {
        var entries = AuditMeasurement.Entries(DevSet()).Select(e => e.Entry).Take(40).ToList();

        var results = await Auditor.AuditAsync(entries);

        Assert.Equal(entries.Select(e => e.Id), results.Select(r => r.Id));
    }

    [Theory]
    [InlineData("", "ru-cca", "ru-cca:13", "text")]
    [InlineData("chatbot", "xx", "ru-cca:13", "program")]
    [InlineData("chatbot", null, "ru-cca:99", "filedCategory")]
    [InlineData("chatbot", "gr-csa", "ru-cca:13", "filedCategory")]
    [InlineData("chatbot", null, "", "filedCategory")]
    public void AnEntryThatCannotBeJudgedNamesTheWrongField(string text, string? program, string filed, string field)
    {
        var problem = Auditor.Check(new AuditEntry("1", text, program, filed));

        Assert.Equal(field, problem?.Field);
    }
}
