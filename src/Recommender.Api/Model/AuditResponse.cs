using CategoryMatch.Core.Audit;

namespace CategoryMatch.Api.Model;

/// <summary>The answer of <c>POST /api/audit</c>: a verdict per judged entry in input order, and the entries that could not be judged.</summary>
/// <param name="Results">Verdicts, in input order.</param>
/// <param name="Errors">Entries or CSV rows that could not be judged, with what is wrong; empty when all were judged.</param>
/// <param name="Learned">With <c>?learn=true</c>: what was stored as examples from the entries carrying <c>finalCategory</c>, and what was not (by entry index).</param>
public sealed record AuditResponse(IReadOnlyList<AuditResultBody> Results, IReadOnlyList<AuditRowError> Errors, ExamplesWriteResponse? Learned = null);

/// <summary>The verdict on one entry.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Line">The CSV line the entry started on; null for JSON input.</param>
/// <param name="FiledCategory">The category the entry was filed in.</param>
/// <param name="Verdict"><c>ok</c>, <c>redirect</c>, <c>misfiled</c> or <c>uncertain</c>.</param>
/// <param name="SuggestedCategory">Where the entry belongs, for redirect and misfiled.</param>
/// <param name="Confidence">Confidence 0..1 in the category the verdict stands on.</param>
/// <param name="Reason">Why, in English.</param>
public sealed record AuditResultBody(
    string? Id, int? Line, string FiledCategory, AuditVerdict Verdict, string? SuggestedCategory, double Confidence, string Reason)
{
    /// <summary>Maps the core's verdict.</summary>
    public static AuditResultBody From(AuditResult r, int? line) =>
        new(r.Id, line, r.FiledCategory, r.Verdict, r.SuggestedCategory, r.Confidence, r.Reason);
}

/// <summary>An entry that could not be judged.</summary>
/// <param name="Entry">Its 0-based index in <c>entries</c> (JSON input).</param>
/// <param name="Line">The CSV line it started on (CSV input).</param>
/// <param name="Id">Its id, when it could be read.</param>
/// <param name="Field">The field that is wrong (<c>text</c>, <c>program</c>, <c>filedCategory</c>, or <c>row</c> for a malformed CSV row).</param>
/// <param name="Message">What is wrong.</param>
public sealed record AuditRowError(int? Entry, int? Line, string? Id, string Field, string Message);
