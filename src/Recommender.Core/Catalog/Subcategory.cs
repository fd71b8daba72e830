namespace CategoryMatch.Core.Catalog;

/// <summary>A sub-category of a category (e.g. ru-cca:72 by size, sector or function).</summary>
/// <param name="Id">Id unique within the category, e.g. <c>size-mini</c>.</param>
/// <param name="Dimension">size, sector or function.</param>
/// <param name="Title">Title in the programme's language.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Seats">For size sub-categories measured in workplaces.</param>
/// <param name="Headcount">For size sub-categories measured in staff.</param>
/// <param name="Concepts">Concept ids whose presence in a text names this sub-category.</param>
public sealed record Subcategory(
    string Id,
    string Dimension,
    string Title,
    string TitleEn,
    NumericRange? Seats,
    NumericRange? Headcount,
    IReadOnlyList<string> Concepts);
