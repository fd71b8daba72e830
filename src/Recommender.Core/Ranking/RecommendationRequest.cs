namespace CategoryMatch.Core.Ranking;

/// <summary>What an entrant asks: rank the categories for this text.</summary>
/// <param name="Text">The project summary, in any supported language.</param>
/// <param name="Program">The programme to rank within; every programme when null.</param>
/// <param name="Top">How many categories to return.</param>
/// <param name="FiledCategory">The category the entry was filed in, so its redirect rules are checked.</param>
public sealed record RecommendationRequest(string Text, string? Program = null, int Top = 5, string? FiledCategory = null);
