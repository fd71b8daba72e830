namespace CategoryMatch.Core.Audit;

/// <summary>The audit's verdict on one entry.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="FiledCategory">The category the entry was filed in.</param>
/// <param name="Verdict">ok, redirect, misfiled or uncertain.</param>
/// <param name="SuggestedCategory">Where the entry belongs, for redirect and misfiled; null otherwise.</param>
/// <param name="Confidence">Confidence 0..1 in the category the verdict stands on (the filed one when ok, the suggested one when flagged).</param>
/// <param name="Reason">Why, in English, for an organiser to read.</param>
public sealed record AuditResult(
    string? Id, string FiledCategory, AuditVerdict Verdict, string? SuggestedCategory, double Confidence, string Reason);
