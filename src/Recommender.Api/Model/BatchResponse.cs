using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Api.Model;

/// <summary>The answer of <c>POST /api/recommendations/batch</c>: one ranking per entry, in input order.</summary>
public sealed record BatchResponse(IReadOnlyList<BatchResultBody> Results);

/// <summary>The ranking for one entry, as <c>POST /api/recommendations</c> would answer it, with the entry's id.</summary>
public sealed record BatchResultBody(
    string? Id, string Language, bool NoMatch, double Confidence, SubjectBody? Subject, RedirectBody? Redirect, IReadOnlyList<RecommendationBody> Results)
{
    /// <summary>Maps the core's result, exactly as the single endpoint does.</summary>
    public static BatchResultBody From(string? id, RecommendationResult r)
    {
        var single = RecommendationResponse.From(r);
        return new(id, single.Language, single.NoMatch, single.Confidence, single.Subject, single.Redirect, single.Results);
    }
}
