using System.Globalization;
using System.Text;

namespace CategoryMatch.Core.Evaluation;

/// <summary>One bin of a reliability table.</summary>
/// <param name="Low">Lower edge of the bin (inclusive).</param>
/// <param name="High">Upper edge of the bin (exclusive, except 1).</param>
/// <param name="Count">Predictions that fell in the bin.</param>
/// <param name="MeanPredicted">Mean predicted probability in the bin (NaN when empty).</param>
/// <param name="Observed">Share of the bin's predictions that were right (NaN when empty).</param>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanPredicted, double Observed);

/// <summary>
/// How well stated probabilities match how often things are right: expected calibration error over
/// equal-width bins, and the reliability table behind it.
/// </summary>
public static class Calibration
{
    /// <summary>The usual number of bins.</summary>
    public const int DefaultBins = 10;

    /// <summary>The reliability table of <paramref name="predictions"/> (probability, whether it was right).</summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IEnumerable<(double Probability, bool Correct)> predictions, int bins = DefaultBins)
    {
        var count = new int[bins];
        var predicted = new double[bins];
        var correct = new int[bins];
        foreach (var (p, ok) in predictions)
        {
            var b = Math.Clamp((int)(p * bins), 0, bins - 1);
            count[b]++;
            predicted[b] += p;
            if (ok) correct[b]++;
        }
        return [.. Enumerable.Range(0, bins).Select(b => new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, count[b],
            count[b] == 0 ? double.NaN : predicted[b] / count[b], count[b] == 0 ? double.NaN : (double)correct[b] / count[b]))];
    }

    /// <summary>Expected calibration error: the count-weighted mean gap between predicted and observed per bin.</summary>
    public static double ExpectedError(IReadOnlyList<ReliabilityBin> table)
    {
        var total = table.Sum(b => b.Count);
        return total == 0 ? double.NaN : table.Where(b => b.Count > 0).Sum(b => b.Count * Math.Abs(b.MeanPredicted - b.Observed)) / total;
    }

    /// <summary>Expected calibration error of <paramref name="predictions"/> over <paramref name="bins"/> bins.</summary>
    public static double ExpectedError(IEnumerable<(double Probability, bool Correct)> predictions, int bins = DefaultBins) =>
        ExpectedError(Reliability(predictions, bins));

    /// <summary>The table as text: bin, count, mean predicted, observed accuracy.</summary>
    public static string Format(IReadOnlyList<ReliabilityBin> table, string indent = "  ")
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{indent}bin        count  predicted  observed");
        foreach (var b in table)
            s.AppendLine(b.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{indent}{b.Low:0.0}-{b.High:0.0}  {0,7}  {"-",9}  {"-",8}")
                : string.Create(CultureInfo.InvariantCulture, $"{indent}{b.Low:0.0}-{b.High:0.0}  {b.Count,7}  {b.MeanPredicted,9:0.000}  {b.Observed,8:0.000}"));
        return s.ToString();
    }
}
