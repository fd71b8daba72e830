namespace CategoryMatch.SemanticKernel;

/// <summary>One category the recommender suggests, in the few fields an assistant needs to route an entry.</summary>
/// <param name="CategoryId">Canonical id, e.g. <c>ru-cca:13</c>.</param>
/// <param name="Title">Title in the programme's language.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Confidence">Confidence 0..1 that the category is right.</param>
/// <param name="Eligible">False when the text states something the category excludes.</param>
/// <param name="RedirectedFrom">The category whose rule sent the entry here, when one did.</param>
/// <param name="Evidence">Why, briefly: rules, concepts and the words that matched them.</param>
public sealed record CategorySuggestion(
    string CategoryId, string Title, string TitleEn, double Confidence, bool Eligible, string? RedirectedFrom, IReadOnlyList<string> Evidence);
