using System.Globalization;
using System.Text;

namespace CategoryMatch.Core.Evaluation;

/// <summary>
/// Scores answers with the metrics of shared/eval/README.md: top-1, lenient top-1, top-3 and MRR over
/// cases with an expected category; top-1 by kind and by language; redirect passes; no-match accuracy.
/// </summary>
public sealed class EvaluationReport
{
    private readonly List<(EvaluationCase Case, EvaluationAnswer Answer)> _rows = [];

    /// <summary>Adds one scored case.</summary>
    public void Add(EvaluationCase c, EvaluationAnswer a) => _rows.Add((c, a));

    private IEnumerable<(EvaluationCase Case, EvaluationAnswer Answer)> Labelled => _rows.Where(r => r.Case.Expected.Count > 0);

    /// <summary>First result in expected, over cases with an expected category.</summary>
    public double Top1 => Rate(Labelled, IsTop1);

    /// <summary>First result in expected or acceptable.</summary>
    public double LenientTop1 => Rate(Labelled, r => r.Answer.Ranked.Count > 0 &&
        (r.Case.Expected.Contains(r.Answer.Ranked[0]) || r.Case.Acceptable.Contains(r.Answer.Ranked[0])));

    /// <summary>Some expected id among the first three.</summary>
    public double Top3 => Rate(Labelled, r => r.Answer.Ranked.Take(3).Any(r.Case.Expected.Contains));

    /// <summary>Mean reciprocal rank of the first expected id.</summary>
    public double Mrr => Labelled.Select(r =>
    {
        var rank = r.Answer.Ranked.ToList().FindIndex(id => r.Case.Expected.Contains(id));
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }).DefaultIfEmpty(0).Average();

    /// <summary>Top-1 of the cases of one kind (for out-of-domain: no-match raised).</summary>
    public double TopByKind(string kind) => Rate(_rows.Where(r => r.Case.Kind == kind), Passes);

    /// <summary>Redirect cases: right first result and a redirect from the filed category to it.</summary>
    public double RedirectPass => Rate(_rows.Where(r => r.Case.Kind == "redirect"), Passes);

    /// <summary>Share of all cases whose no-match flag is right (true exactly for out-of-domain).</summary>
    public double NoMatchAccuracy => Rate(_rows, r => r.Answer.NoMatch == (r.Case.Expected.Count == 0));

    /// <summary>
    /// The confidence in the first result against whether it is right, for every case that has one
    /// (an out-of-domain case's first result is never right).
    /// </summary>
    public IReadOnlyList<(double Probability, bool Correct)> TopConfidence =>
        [.. _rows.Where(r => !double.IsNaN(r.Answer.Confidence)).Select(r => (r.Answer.Confidence, IsTop1(r)))];

    /// <summary>Expected calibration error (10 bins) of <see cref="TopConfidence"/>.</summary>
    public double ExpectedCalibrationError => Calibration.ExpectedError(TopConfidence);

    /// <summary>Cases that fail their kind's test, for the report's list of misses.</summary>
    public IEnumerable<(EvaluationCase Case, EvaluationAnswer Answer)> Misses => _rows.Where(r => !Passes(r));

    private static bool IsTop1((EvaluationCase Case, EvaluationAnswer Answer) r) =>
        r.Answer.Ranked.Count > 0 && r.Case.Expected.Contains(r.Answer.Ranked[0]);

    private static bool Passes((EvaluationCase Case, EvaluationAnswer Answer) r) => r.Case.Kind switch
    {
        "out-of-domain" => r.Answer.NoMatch,
        "redirect" => IsTop1(r) && !r.Answer.NoMatch && r.Answer.RedirectFrom == r.Case.Filed && r.Answer.RedirectTo == r.Answer.Ranked[0],
        _ => IsTop1(r) && !r.Answer.NoMatch,
    };

    private static double Rate<T>(IEnumerable<T> rows, Func<T, bool> pass)
    {
        var list = rows.ToList();
        return list.Count == 0 ? double.NaN : list.Count(pass) / (double)list.Count;
    }

    /// <summary>A plain-text report: overall figures, then by kind and by language, then the misses.</summary>
    public string Format(bool listMisses = true)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"cases={_rows.Count} labelled={Labelled.Count()}");
        s.AppendLine(inv, $"top1={Top1:F3} lenient_top1={LenientTop1:F3} top3={Top3:F3} mrr={Mrr:F3} redirect={RedirectPass:F3} nomatch_accuracy={NoMatchAccuracy:F3}");
        if (TopConfidence.Count > 0)
        {
            var table = Calibration.Reliability(TopConfidence);
            s.AppendLine(inv, $"calibration of the first result's confidence (out-of-domain counts as wrong): ece={Calibration.ExpectedError(table):F3}");
            s.Append(Calibration.Format(table));
        }
        s.AppendLine("by kind (pass rate: top-1 and no false no-match; redirect also checks the redirect; out-of-domain checks noMatch):");
        foreach (var g in _rows.GroupBy(r => r.Case.Kind).OrderBy(g => g.Key))
            s.AppendLine(inv, $"  {g.Key,-14} n={g.Count(),4}  pass={Rate(g, Passes):F3}");
        s.AppendLine("by language (top-1 over labelled cases):");
        foreach (var g in Labelled.GroupBy(r => r.Case.Lang).OrderBy(g => g.Key))
            s.AppendLine(inv, $"  {g.Key,-14} n={g.Count(),4}  top1={Rate(g, IsTop1):F3}");
        if (listMisses)
        {
            s.AppendLine("misses:");
            foreach (var (c, a) in Misses)
                s.AppendLine(inv, $"  {c.Id} {c.Kind}/{c.Lang} expected={string.Join('|', c.Expected)} got={string.Join(',', a.Ranked.Take(3))} noMatch={a.NoMatch} redirect={a.RedirectFrom}->{a.RedirectTo}");
        }
        return s.ToString();
    }
}
