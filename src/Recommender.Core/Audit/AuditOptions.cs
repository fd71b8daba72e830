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
    /// How much more confident the best category must be than the filed one before the entry is called
    /// misfiled; below it, the filing stands. High on purpose: a false alarm costs an organiser time.
    /// </summary>
    [Range(0, 1)] public double MisfiledMargin { get; set; } = 0.40;

    /// <summary>A better category less confident than this is too thin to call the entry misfiled: <c>uncertain</c>.</summary>
    [Range(0, 1)] public double MinConfidence { get; set; } = 0.50;
}
