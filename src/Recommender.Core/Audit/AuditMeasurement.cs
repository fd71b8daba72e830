using System.Globalization;
using System.Text;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Audit;

/// <summary>How well the audit judged labelled cases under one set of thresholds.</summary>
/// <param name="MaxFiledProbability">The highest confidence of the filed category at which it is still called misfiled.</param>
/// <param name="MinConfidence">The minimum confidence tried.</param>
/// <param name="Cases">Cases judged (every case with an expected category).</param>
/// <param name="CorrectlyFiled">Cases filed in an expected category.</param>
/// <param name="FalseAlarms">Correctly filed cases that did not come back ok.</param>
/// <param name="WronglyFiled">Cases filed outside their expected categories.</param>
/// <param name="Caught">Wrongly filed cases flagged redirect or misfiled with the suggestion in expected.</param>
/// <param name="Flagged">Cases that did not come back ok.</param>
/// <param name="Correct">Cases judged right: ok when correctly filed, caught when not.</param>
public sealed record AuditScore(
    double MaxFiledProbability, double MinConfidence, int Cases, int CorrectlyFiled, int FalseAlarms,
    int WronglyFiled, int Caught, int Flagged, int Correct)
{
    /// <summary>Share of cases judged right.</summary>
    public double Accuracy => Ratio(Correct, Cases);

    /// <summary>Share of flags (any verdict but ok) raised on wrongly filed entries.</summary>
    public double Precision => Flagged == 0 ? 1 : Ratio(Flagged - FalseAlarms, Flagged);

    /// <summary>Share of wrongly filed entries caught with the right suggestion.</summary>
    public double Recall => Ratio(Caught, WronglyFiled);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Measures the audit on labelled cases (shared/eval format), as the eval README says: each case is
/// filed in its <c>filed</c> category or, without one, in its first expected; out-of-domain cases are left out.
/// </summary>
public static class AuditMeasurement
{
    /// <summary>The entries the README's audit metric files, paired with their cases.</summary>
    public static IReadOnlyList<(EvaluationCase Case, AuditEntry Entry)> Entries(IEnumerable<EvaluationCase> cases) =>
        cases.Where(c => c.Expected.Count > 0)
            .Select(c => (c, new AuditEntry(c.Id, c.Text, c.Program, c.Filed ?? c.Expected[0])))
            .ToList();

    /// <summary>Ranks the cases once, then scores every pair of thresholds.</summary>
    public static async Task<IReadOnlyList<AuditScore>> SweepAsync(
        CategoryAuditor auditor, IEnumerable<EvaluationCase> cases, IEnumerable<double> filedProbabilities, IEnumerable<double> minConfidences,
        CancellationToken cancellationToken = default)
    {
        var entries = Entries(cases);
        var ranked = await auditor.RankAsync(entries.Select(e => e.Entry).ToList(), cancellationToken: cancellationToken);
        return [.. from m in filedProbabilities from c in minConfidences select Score(entries, ranked, new AuditOptions { MaxFiledProbability = m, MinConfidence = c })];
    }

    /// <summary>Scores already ranked entries under <paramref name="thresholds"/>.</summary>
    public static AuditScore Score(
        IReadOnlyList<(EvaluationCase Case, AuditEntry Entry)> entries, IReadOnlyList<RecommendationResult> ranked, AuditOptions thresholds)
    {
        int correctlyFiled = 0, falseAlarms = 0, wronglyFiled = 0, caught = 0, flagged = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var (c, entry) = entries[i];
            var result = CategoryAuditor.Judge(entry, ranked[i], thresholds);
            if (result.Verdict != AuditVerdict.Ok) flagged++;
            if (c.Expected.Contains(entry.FiledCategory))
            {
                correctlyFiled++;
                if (result.Verdict != AuditVerdict.Ok) falseAlarms++;
            }
            else
            {
                wronglyFiled++;
                if (result.Verdict is AuditVerdict.Redirect or AuditVerdict.Misfiled
                    && result.SuggestedCategory is { } s && c.Expected.Contains(s)) caught++;
            }
        }
        return new(thresholds.MaxFiledProbability, thresholds.MinConfidence, entries.Count, correctlyFiled, falseAlarms,
            wronglyFiled, caught, flagged, correctlyFiled - falseAlarms + caught);
    }

    /// <summary>A table of scores, one line per pair of thresholds.</summary>
    public static string Format(IEnumerable<AuditScore> scores)
    {
        var text = new StringBuilder("maxFiled minConf  accuracy  precision  recall  falseAlarms  caught\n");
        foreach (var s in scores)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.MaxFiledProbability,6:0.00}  {s.MinConfidence,7:0.00}  {s.Accuracy,8:P1}  {s.Precision,9:P1}  {s.Recall,6:P1}  {s.FalseAlarms,5}/{s.CorrectlyFiled,-5}  {s.Caught,3}/{s.WronglyFiled}"));
        return text.ToString();
    }
}
