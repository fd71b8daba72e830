namespace CategoryMatch.Core.Audit;

/// <summary>An entry as an organiser received it: its summary and the category it was filed in.</summary>
/// <param name="Id">The organiser's id for the entry, echoed in the verdict.</param>
/// <param name="Text">The project summary.</param>
/// <param name="Program">The programme; the filed category's programme when null.</param>
/// <param name="FiledCategory">The category the entry was filed in, e.g. <c>ru-cca:14</c>.</param>
public sealed record AuditEntry(string? Id, string Text, string? Program, string FiledCategory);
