using System.Globalization;
using System.Text;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Every held-out row of a leave-one-writer-out run, and the protocol's figures over them: overall and
/// by language, programme, genre, text length, kind and writer.
/// </summary>
public sealed class HeldOutReport(IReadOnlyList<HeldOutRow> rows)
{
    /// <summary>The ways the figures are broken down, in the order the report prints them.</summary>
    public static readonly IReadOnlyList<(string Name, Func<HeldOutRow, string> Key)> Breakdowns =
    [
        ("language", r => r.Example.Lang),
        ("programme", r => r.Example.Program),
        ("genre", r => r.Example.Genre),
        ("length", r => r.Example.LengthBand),
        ("kind", r => r.Case.Kind),
        ("writer", r => r.Example.Writer),
    ];

    /// <summary>One row per corpus example.</summary>
    public IReadOnlyList<HeldOutRow> Rows => rows;

    /// <summary>The figures over every row.</summary>
    public HeldOutMetrics Overall => HeldOutMetrics.Of(rows);

    /// <summary>The figures per value of <paramref name="key"/>, in ordinal order of the values.</summary>
    public IReadOnlyList<(string Group, HeldOutMetrics Metrics)> By(Func<HeldOutRow, string> key) =>
        [.. rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, HeldOutMetrics.Of([.. g])))];

    /// <summary>The figures as text tables; with <paramref name="listMisses"/>, every in-domain miss after them.</summary>
    public string Format(bool listMisses = false)
    {
        var s = new StringBuilder();
        s.AppendLine(Header);
        s.AppendLine(Line("overall", Overall));
        foreach (var (name, key) in Breakdowns)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"by {name}:");
            foreach (var (group, metrics) in By(key)) s.AppendLine(Line("  " + group, metrics));
        }
        if (listMisses)
        {
            s.AppendLine("misses (in-domain, first result not expected; out-of-domain without noMatch):");
            foreach (var r in rows.Where(IsMiss))
                s.AppendLine(CultureInfo.InvariantCulture,
                    $"  {r.Example.Id} {r.Case.Kind}/{r.Example.Lang}/{r.Example.Genre} expected={string.Join('|', r.Example.Expected)} got={string.Join(',', r.Answer.Ranked.Take(3))} noMatch={r.Answer.NoMatch} p={r.Answer.Confidence:0.00}");
        }
        return s.ToString();
    }

    private static bool IsMiss(HeldOutRow r) => r.Example.InDomain
        ? r.Answer.Ranked.Count == 0 || !r.Example.Expected.Contains(r.Answer.Ranked[0])
        : !r.Answer.NoMatch;

    private const string Header =
        "group                 texts  top1   top3   mrr    redirect  ood_nomatch  false_nomatch  ece    audit_p  audit_r";

    private static string Line(string group, HeldOutMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"{group,-20} {m.Texts,6}  {F(m.Top1)}  {F(m.Top3)}  {F(m.Mrr)}  {F(m.Redirect),8}  {F(m.OutOfDomainNoMatch),11}  {F(m.FalseNoMatch),13}  {F(m.Ece)}  {F(m.AuditPrecision),7}  {F(m.AuditRecall),7}");

    private static string F(double value) => double.IsNaN(value) ? "    -" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
