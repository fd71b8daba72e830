namespace CategoryMatch.Core.Catalog;

/// <summary>One category (nomination) of a programme, with its original text and its rules.</summary>
/// <param name="Id">Canonical id <c>&lt;program&gt;:&lt;code&gt;</c>, e.g. <c>ru-cca:13</c>.</param>
/// <param name="ProgrammeId">The programme it belongs to.</param>
/// <param name="Code">The programme's own code, e.g. <c>13</c> or <c>E02</c>.</param>
/// <param name="Title">Title in the programme's language, verbatim from the source.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Group">Section heading in the source, when the programme has sections.</param>
/// <param name="Description">Category text verbatim from the source.</param>
/// <param name="SummaryEn">What belongs here, in plain English.</param>
/// <param name="Criteria">Jury criteria, verbatim.</param>
/// <param name="Keywords">English phrases naming what entries here are about.</param>
/// <param name="Eligibility">Constraints on who may enter.</param>
/// <param name="Subcategories">Sub-categories (by size, sector, function), when the text has them.</param>
/// <param name="Redirects">The programme's rules that send certain entries to another category.</param>
public sealed record Category(
    string Id,
    string ProgrammeId,
    string Code,
    string Title,
    string TitleEn,
    string? Group,
    string Description,
    string SummaryEn,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<string> Keywords,
    Eligibility Eligibility,
    IReadOnlyList<Subcategory> Subcategories,
    IReadOnlyList<RedirectRule> Redirects)
{
    /// <summary>Builds the canonical id from a programme id and a code.</summary>
    public static string MakeId(string programmeId, string code) => $"{programmeId}:{code}";
}
