namespace CategoryMatch.Core.Catalog;

/// <summary>An award programme and its categories, as published by the organiser.</summary>
/// <param name="Id">Canonical programme id, e.g. <c>ru-cca</c>.</param>
/// <param name="Name">Name in the programme's own language.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Language">Language of the programme's texts (el, lt, ru, tr, en).</param>
/// <param name="AchievementsSince">Programme-wide date window for achievements, when stated.</param>
/// <param name="Categories">The categories in the order the programme publishes them.</param>
public sealed record Programme(
    string Id,
    string Name,
    string NameEn,
    string Language,
    DateOnly? AchievementsSince,
    IReadOnlyList<Category> Categories);
