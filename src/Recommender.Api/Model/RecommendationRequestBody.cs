namespace CategoryMatch.Api.Model;

/// <summary>The body of <c>POST /api/recommendations</c>; every field optional at the JSON level, validated by the endpoint.</summary>
/// <param name="Text">The project summary (required, at most 20,000 characters).</param>
/// <param name="Program">Programme id; every programme when absent.</param>
/// <param name="Top">How many categories to return, 1..50 (default 5).</param>
/// <param name="FiledCategory">The category the entry was filed in.</param>
public sealed record RecommendationRequestBody(string? Text, string? Program, int? Top, string? FiledCategory)
{
    /// <summary>Longest accepted summary.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Default number of results.</summary>
    public const int DefaultTop = 5;

    /// <summary>Largest accepted <see cref="Top"/>.</summary>
    public const int MaxTop = 50;
}
