using System.Globalization;
using System.Text;
using CategoryMatch.Core.Audit;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Tables for choosing thresholds on held-out writers: no-match (in-domain probability and best
/// probability) and the audit's (the filed category's probability, the best one's). The rows must come
/// from a run with no-match off, so every probability is as the model gave it.
/// </summary>
public static class ThresholdSweep
{
    /// <summary>Out-of-domain texts caught and in-domain texts lost (all, and under 200 characters) for each pair of thresholds.</summary>
    public static string NoMatch(IReadOnlyList<HeldOutRow> rows, IReadOnlyList<double> inDomain, IReadOnlyList<double> best) =>
        NoMatchTable("inDomain<  best<", 5, rows, inDomain, best, static (r, a, b) => r.Answer.InDomain < a || r.Answer.Confidence < b);

    /// <summary>
    /// The same rates when a text is out of domain only while both are below: its in-domain probability under
    /// <paramref name="inDomain"/> and its best category's probability under <paramref name="best"/> (a category
    /// the fusion finds likely keeps a text the detector doubts).
    /// </summary>
    public static string NoMatchUnlessACategoryIsLikely(IReadOnlyList<HeldOutRow> rows, IReadOnlyList<double> inDomain, IReadOnlyList<double> best) =>
        NoMatchTable("inDomain<  and best<", 9, rows, inDomain, best, static (r, a, b) => r.Answer.InDomain < a && r.Answer.Confidence < b);

    // One row per pair of thresholds: the share of out-of-domain texts the rule flags, and of in-domain ones (all, short).
    private static string NoMatchTable(string thresholds, int bestWidth, IReadOnlyList<HeldOutRow> rows,
        IReadOnlyList<double> inDomain, IReadOnlyList<double> best, Func<HeldOutRow, double, double, bool> flags)
    {
        var s = new StringBuilder(thresholds + "   ood_caught  false_nomatch  false_nomatch_<200\n");
        var ood = rows.Where(r => !r.Example.InDomain).ToList();
        var ind = rows.Where(r => r.Example.InDomain).ToList();
        var shortInd = ind.Where(r => r.Example.LengthBand == "<200").ToList();
        foreach (var a in inDomain)
            foreach (var b in best)
            {
                bool Flag(HeldOutRow r) => flags(r, a, b);
                var bestColumn = b.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(bestWidth);
                s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{a,9:0.00}  {bestColumn}  {Rate(ood, Flag),11:0.000}  {Rate(ind, Flag),13:0.000}  {Rate(shortInd, Flag),18:0.000}"));
            }
        return s.ToString();
    }

    /// <summary>The audit's precision and recall for each pair of thresholds.</summary>
    public static string Audit(IReadOnlyList<HeldOutRow> rows, IReadOnlyList<double> maxFiled, IReadOnlyList<double> minConfidence)
    {
        var s = new StringBuilder("maxFiled  minConf  precision  recall  false_alarms (redirect/misfiled/uncertain)  flagged\n");
        var audited = rows.Where(r => r.AuditRanking is not null && r.Audit is not null).ToList();
        foreach (var m in maxFiled)
            foreach (var c in minConfidence)
            {
                var thresholds = new AuditOptions { MaxFiledProbability = m, MinConfidence = c };
                var verdicts = audited.Select(r => (r, v: CategoryAuditor.Judge(
                    new AuditEntry(r.Example.Id, r.Example.Text, r.Example.Program, r.Audit!.FiledCategory), r.AuditRanking!, thresholds))).ToList();
                var flagged = verdicts.Where(x => x.v.Verdict != AuditVerdict.Ok).ToList();
                var alarms = flagged.Where(x => x.r.Example.Expected.Contains(x.v.FiledCategory)).ToList();
                var falseAlarms = alarms.Count;
                var byVerdict = $"{alarms.Count(x => x.v.Verdict == AuditVerdict.Redirect)}/{alarms.Count(x => x.v.Verdict == AuditVerdict.Misfiled)}/{alarms.Count(x => x.v.Verdict == AuditVerdict.Uncertain)}";
                var wrong = verdicts.Where(x => !x.r.Example.Expected.Contains(x.v.FiledCategory)).ToList();
                var caught = wrong.Count(x => x.v.Verdict is AuditVerdict.Redirect or AuditVerdict.Misfiled && x.v.SuggestedCategory is { } g && x.r.Example.Expected.Contains(g));
                s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{m,8:0.00}  {c,7:0.00}  {(flagged.Count == 0 ? 1 : (flagged.Count - falseAlarms) / (double)flagged.Count),9:0.000}  {(wrong.Count == 0 ? 0 : caught / (double)wrong.Count),6:0.000}  {falseAlarms,12} ({byVerdict,-12})  {flagged.Count,7}"));
            }
        return s.ToString();
    }

    /// <summary>
    /// The audit at <paramref name="thresholds"/> with each gate as <see cref="AuditOptions.RedirectMaxFiledProbability"/> (a redirect
    /// stands only while the model gives the filed category less than it): how many redirect false alarms are rules firing on texts the model
    /// reads as clearly belonging where they were filed.
    /// </summary>
    public static string RedirectGate(IReadOnlyList<HeldOutRow> rows, AuditOptions thresholds, IReadOnlyList<double> gates)
    {
        var s = new StringBuilder("redirectGate  precision  recall  false_alarms (redirect/misfiled/uncertain)  flagged\n");
        var audited = rows.Where(r => r.AuditRanking is not null && r.Audit is not null).ToList();
        foreach (var gate in gates)
        {
            var gated = new AuditOptions { MaxFiledProbability = thresholds.MaxFiledProbability, MinConfidence = thresholds.MinConfidence, RedirectMaxFiledProbability = gate };
            var verdicts = audited.Select(r => (r, v: CategoryAuditor.Judge(
                new AuditEntry(r.Example.Id, r.Example.Text, r.Example.Program, r.Audit!.FiledCategory), r.AuditRanking!, gated))).ToList();
            var flagged = verdicts.Where(x => x.v.Verdict != AuditVerdict.Ok).ToList();
            var alarms = flagged.Where(x => x.r.Example.Expected.Contains(x.v.FiledCategory)).ToList();
            var byVerdict = $"{alarms.Count(x => x.v.Verdict == AuditVerdict.Redirect)}/{alarms.Count(x => x.v.Verdict == AuditVerdict.Misfiled)}/{alarms.Count(x => x.v.Verdict == AuditVerdict.Uncertain)}";
            var wrong = verdicts.Where(x => !x.r.Example.Expected.Contains(x.v.FiledCategory)).ToList();
            var caught = wrong.Count(x => x.v.Verdict is AuditVerdict.Redirect or AuditVerdict.Misfiled && x.v.SuggestedCategory is { } g && x.r.Example.Expected.Contains(g));
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{gate,12:0.00}  {(flagged.Count == 0 ? 1 : (flagged.Count - alarms.Count) / (double)flagged.Count),9:0.000}  {(wrong.Count == 0 ? 0 : caught / (double)wrong.Count),6:0.000}  {alarms.Count,12} ({byVerdict,-12})  {flagged.Count,7}"));
        }
        return s.ToString();
    }

    private static double Rate(IReadOnlyList<HeldOutRow> rows, Func<HeldOutRow, bool> flag) =>
        rows.Count == 0 ? double.NaN : rows.Count(flag) / (double)rows.Count;
}
