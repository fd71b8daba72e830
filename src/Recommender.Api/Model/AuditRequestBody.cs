namespace CategoryMatch.Api.Model;

/// <summary>The JSON body of <c>POST /api/audit</c>: at most 10,000 entries.</summary>
/// <param name="Entries">The entries to judge, each with the category it was filed in.</param>
public sealed record AuditRequestBody(IReadOnlyList<AuditEntryBody?>? Entries);

/// <summary>One entry to audit.</summary>
/// <param name="Id">The organiser's id, echoed in the verdict.</param>
/// <param name="Text">The project summary (required, at most 20,000 characters).</param>
/// <param name="Program">Programme id; the filed category's programme when absent.</param>
/// <param name="FiledCategory">The category the entry was filed in (required), e.g. <c>ru-cca:14</c>.</param>
/// <param name="FinalCategory">The category the organiser finally decided on; with <c>?learn=true</c> and an organiser key the entry is stored as an example of it.</param>
public sealed record AuditEntryBody(string? Id, string? Text, string? Program, string? FiledCategory, string? FinalCategory = null);
