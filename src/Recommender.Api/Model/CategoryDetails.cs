using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Api.Model;

/// <summary>A category as listed by <c>GET /api/programs/{id}/categories</c>.</summary>
public sealed record CategoryDetails(
    string Id, string Code, string Title, string TitleEn, string? Group, string Description, string SummaryEn,
    IReadOnlyList<string> Criteria, Eligibility Eligibility, IReadOnlyList<Subcategory> Subcategories,
    IReadOnlyList<RedirectSummary> Redirects)
{
    /// <summary>Maps a catalog category.</summary>
    public static CategoryDetails From(Category c) => new(c.Id, c.Code, c.Title, c.TitleEn, c.Group, c.Description,
        c.SummaryEn, c.Criteria, c.Eligibility, c.Subcategories,
        c.Redirects.Select(r => new RedirectSummary(r.ToId, r.Reason, r.ReasonEn)).ToList());
}

/// <summary>A redirect rule of a category, as a person reads it.</summary>
public sealed record RedirectSummary(string To, string Reason, string ReasonEn);
