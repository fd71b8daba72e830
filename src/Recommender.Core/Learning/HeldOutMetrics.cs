using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Core.Learning;

/// <summary>The protocol's figures for a set of held-out rows (NaN where the set has nothing to measure).</summary>
/// <param name="Texts">Rows measured.</param>
/// <param name="InDomain">Rows with an expected category.</param>
/// <param name="Top1">First result expected, over in-domain rows.</param>
/// <param name="Top3">An expected category among the first three.</param>
/// <param name="Mrr">Mean reciprocal rank of the first expected category.</param>
/// <param name="Redirect">Redirect rows: right first result and the redirect from the filed category to it.</param>
/// <param name="OutOfDomainNoMatch">Share of out-of-domain rows answered with noMatch.</param>
/// <param name="FalseNoMatch">Share of in-domain rows answered with noMatch.</param>
/// <param name="Ece">Expected calibration error of the first result's confidence (out-of-domain counts as wrong).</param>
/// <param name="AuditPrecision">Share of the audit's flags (any verdict but ok) raised on wrongly filed entries.</param>
/// <param name="AuditRecall">Share of wrongly filed entries flagged with an expected category suggested.</param>
public sealed record HeldOutMetrics(
    int Texts, int InDomain, double Top1, double Top3, double Mrr, double Redirect,
    double OutOfDomainNoMatch, double FalseNoMatch, double Ece, double AuditPrecision, double AuditRecall)
{
    /// <summary>Measures <paramref name="rows"/>.</summary>
    public static HeldOutMetrics Of(IReadOnlyList<HeldOutRow> rows)
    {
        var report = new EvaluationReport();
        foreach (var r in rows) report.Add(r.Case, r.Answer);
        var inDomain = rows.Where(r => r.Example.InDomain).ToList();
        var outOfDomain = rows.Where(r => !r.Example.InDomain).ToList();
        var audited = inDomain.Where(r => r.Audit is not null).ToList();
        var flagged = audited.Where(r => r.Audit!.Verdict != AuditVerdict.Ok).ToList();
        var wronglyFiled = audited.Where(r => !r.Example.Expected.Contains(r.Audit!.FiledCategory)).ToList();
        var caught = wronglyFiled.Count(r => r.Audit!.Verdict is AuditVerdict.Redirect or AuditVerdict.Misfiled
                                            && r.Audit.SuggestedCategory is { } s && r.Example.Expected.Contains(s));
        return new HeldOutMetrics(
            rows.Count, inDomain.Count, report.Top1, report.Top3, inDomain.Count == 0 ? double.NaN : report.Mrr,
            report.RedirectPass,
            Rate(outOfDomain, r => r.Answer.NoMatch), Rate(inDomain, r => r.Answer.NoMatch),
            report.ExpectedCalibrationError,
            flagged.Count == 0 ? double.NaN : flagged.Count(r => !r.Example.Expected.Contains(r.Audit!.FiledCategory)) / (double)flagged.Count,
            wronglyFiled.Count == 0 ? double.NaN : caught / (double)wronglyFiled.Count);
    }

    private static double Rate(IReadOnlyList<HeldOutRow> rows, Func<HeldOutRow, bool> pass) =>
        rows.Count == 0 ? double.NaN : rows.Count(pass) / (double)rows.Count;
}
