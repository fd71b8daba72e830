using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Audit;

/// <summary>
/// Thresholds of the audit, with defaults chosen on held-out corpus writers (README, "Audit of filed entries";
/// <c>categorymatch evaluate --cross-writers --sweep</c> prints the tables). Bound from the configuration section <c>Audit</c>.
/// </summary>
public sealed class AuditOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Audit";

    /// <summary>
    /// The entry is called misfiled only when the calibrated probability that its filed category is
    /// right falls below this (and a better one reaches <see cref="MinConfidence"/>): the best category
    /// must beat the filed one by a margin of at least <c>MinConfidence - MaxFiledProbability</c>.
    /// Low on purpose: a false alarm costs an organiser time.
    /// </summary>
    [Range(0, 1)] public double MaxFiledProbability { get; set; } = 0.05;

    /// <summary>A better category less confident than this is too thin to call the entry misfiled: <c>uncertain</c>.</summary>
    [Range(0, 1)] public double MinConfidence { get; set; } = 0.50;

    /// <summary>
    /// A rule of the filed category that holds for the text is reported as a redirect only while the
    /// model gives the filed category less than this. A rule whose condition reads as met on a text the
    /// model reads as clearly belonging where it was filed is more often a misread condition than a
    /// misfiling (on held-out writers, 38 of 49 redirect false alarms, for 0.7 points of recall);
    /// such an entry is <c>ok</c>, its reason naming the rule.
    /// </summary>
    [Range(0, 1.01)] public double RedirectMaxFiledProbability { get; set; } = 0.5;
}
