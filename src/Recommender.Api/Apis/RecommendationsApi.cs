using CategoryMatch.Api.Model;
using CategoryMatch.Core.Ranking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CategoryMatch.Api.Apis;

/// <summary><c>POST /api/recommendations</c>: rank a programme's categories for a summary.</summary>
public static class RecommendationsApi
{
    /// <summary>Maps the recommendation endpoints.</summary>
    public static RouteGroupBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/recommendations").WithTags("Recommendations");
        group.MapPost("/", Recommend).WithName("Recommend");
        return group;
    }

    /// <summary>Ranks categories, or answers 400 with the fields that are wrong.</summary>
    public static async Task<Results<Ok<RecommendationResponse>, ValidationProblem>> Recommend(
        RecommendationRequestBody? body, CategoryRecommender recommender, CancellationToken cancellationToken)
    {
        var errors = RequestValidation.Validate(body, recommender);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The recommendation request is invalid.");
        var request = new RecommendationRequest(body!.Text!, body.Program, body.Top ?? RecommendationRequestBody.DefaultTop, body.FiledCategory);
        var result = await recommender.RecommendAsync(request, cancellationToken);
        return TypedResults.Ok(RecommendationResponse.From(result));
    }
}
