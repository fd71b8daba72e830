using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Audit;

/// <summary>
/// Thresholds of the audit, with defaults measured on the dev set (README, "Audit of filed entries";
/// <c>categorymatch audit-thresholds</c> prints the measurements). Bound from the configuration section <c>Audit</c>.
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
}
