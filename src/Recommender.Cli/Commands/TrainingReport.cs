using System.Globalization;
using System.Text;
using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Cli.Commands;

/// <summary>The held-out (cross-validated) figures that train-confidence prints before it trains on everything.</summary>
public static class TrainingReport
{
    /// <summary>No-match thresholds tried on the held-out probabilities.</summary>
    public static readonly double[] Thresholds = [0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50];

    /// <summary>Top-1 in rule order and re-ranked, top-1 calibration of the curve and the learned model, and a no-match sweep.</summary>
    public static string Format(IReadOnlyList<HeldOutRanking> heldOut, IConfidenceModel curve, int folds)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        var answered = heldOut.Where(h => h.HasAnswer).ToList();
        s.AppendLine(inv, $"held out ({folds}-fold cross-validation by example, {heldOut.Count} examples, {answered.Count} with an answer):");
        s.AppendLine(inv, $"  top1 rule order={Rate(answered, h => h.RuleTop1):F3}  top1 re-ranked by probability={Rate(answered, h => h.RerankedTop1):F3}");

        var curveTop = heldOut.Where(h => h.Rows.Count > 0).Select(h => (curve.Probability(h.Rows[0].Features), h.RuleTop1)).ToList();
        var learnedTop = heldOut.Where(h => h.Rows.Count > 0).Select(h => (h.Probabilities[0], h.RuleTop1)).ToList();
        var curveTable = Calibration.Reliability(curveTop);
        var learnedTable = Calibration.Reliability(learnedTop);
        s.AppendLine(inv, $"  top-1 calibration (out-of-domain examples count as wrong): ECE logistic-curve={Calibration.ExpectedError(curveTable):F3}  learned={Calibration.ExpectedError(learnedTable):F3}");
        s.AppendLine("  logistic-curve:");
        s.Append(Calibration.Format(curveTable, "    "));
        s.AppendLine("  learned:");
        s.Append(Calibration.Format(learnedTable, "    "));

        var curveNoMatch = heldOut.Where(h => h.Rows.Count > 0).Count(h => curve.IsNoMatch(h.Rows[0].Features, curve.Probability(h.Rows[0].Features)) == !h.HasAnswer);
        s.AppendLine(inv, $"  no-match (top-1 probability below the threshold), accuracy over all examples; logistic-curve rule: {curveNoMatch / (double)heldOut.Count:F3}");
        s.AppendLine("    threshold  accuracy  out-of-domain caught  in-domain flagged");
        var outOfDomain = heldOut.Count(h => !h.HasAnswer);
        foreach (var t in Thresholds)
        {
            var caught = heldOut.Count(h => !h.HasAnswer && h.Probabilities[0] < t);
            var flagged = answered.Count(h => h.Probabilities[0] < t);
            s.AppendLine(inv, $"    {t,9:0.00}  {(caught + answered.Count - flagged) / (double)heldOut.Count,8:F3}  {caught,10}/{outOfDomain,-10}  {flagged,7}/{answered.Count}");
        }
        return s.ToString();
    }

    private static double Rate<T>(IReadOnlyList<T> rows, Func<T, bool> pass) => rows.Count == 0 ? double.NaN : rows.Count(pass) / (double)rows.Count;
}
