using CategoryMatch.Api.Model;
using CategoryMatch.Core.Ranking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CategoryMatch.Api.Apis;

/// <summary><c>POST /api/recommendations/batch</c>: rank many summaries at once, across cores, in input order.</summary>
public static class BatchRecommendationsApi
{
    /// <summary>Maps the batch endpoint.</summary>
    public static RouteHandlerBuilder MapBatchRecommendationsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/recommendations/batch", RecommendBatch).WithName("RecommendBatch").WithTags("Recommendations")
            .WithSummary("Rank categories for many summaries")
            .WithDescription($"Up to {BatchRequestBody.MaxEntries} entries; each is ranked exactly as POST /api/recommendations would rank it.");

    /// <summary>Ranks every entry, or answers 400 naming every wrong field (<c>entries[3].text</c>).</summary>
    public static async Task<Results<Ok<BatchResponse>, ValidationProblem>> RecommendBatch(
        BatchRequestBody? body, CategoryRecommender recommender, BatchRecommender batch, CancellationToken cancellationToken)
    {
        var errors = Validate(body, recommender);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The batch request is invalid.");
        var top = body!.Top ?? RecommendationRequestBody.DefaultTop;
        var entries = body.Entries!;
        var requests = entries.Select(e => new RecommendationRequest(e!.Text!, e.Program, top)).ToList();
        var results = await batch.RecommendAsync(requests, cancellationToken: cancellationToken);
        return TypedResults.Ok(new BatchResponse([.. results.Select((r, i) => BatchResultBody.From(entries[i]!.Id, r))]));
    }

    private static Dictionary<string, string[]> Validate(BatchRequestBody? body, CategoryRecommender recommender)
    {
        var errors = new Dictionary<string, string[]>();
        if (body?.Entries is not { } entries)
        {
            errors["entries"] = ["A JSON body {\"entries\": [{\"id\", \"text\", \"program\"?}], \"top\"?} is required."];
            return errors;
        }
        if (entries.Count == 0) errors["entries"] = ["At least one entry is required."];
        if (entries.Count > BatchRequestBody.MaxEntries)
        {
            errors["entries"] = [$"At most {BatchRequestBody.MaxEntries} entries are accepted per request; this one has {entries.Count}."];
            return errors;
        }
        if (body.Top is { } top && top is < 1 or > RecommendationRequestBody.MaxTop)
            errors["top"] = [$"top must be between 1 and {RecommendationRequestBody.MaxTop}; it was {top}."];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } e)
            {
                errors[$"entries[{i}]"] = ["The entry is null."];
                continue;
            }
            // The same rules as a single request, reported under the entry's path.
            foreach (var (field, messages) in RequestValidation.Validate(new RecommendationRequestBody(e.Text, e.Program, null, null), recommender))
                errors[$"entries[{i}].{field}"] = messages;
        }
        return errors;
    }
}
