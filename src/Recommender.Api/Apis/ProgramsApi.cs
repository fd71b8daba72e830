using CategoryMatch.Api.Model;
using CategoryMatch.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CategoryMatch.Api.Apis;

/// <summary>The catalog: <c>GET /api/programs</c> and <c>GET /api/programs/{id}/categories</c>.</summary>
public static class ProgramsApi
{
    /// <summary>Maps the catalog endpoints.</summary>
    public static RouteGroupBuilder MapProgramsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programs").WithTags("Catalog");
        group.MapGet("/", ListProgrammes).WithName("ListPrograms");
        group.MapGet("/{id}/categories", ListCategories).WithName("ListCategories");
        return group;
    }

    /// <summary>Every programme with its language and category count.</summary>
    public static Ok<List<ProgrammeSummary>> ListProgrammes(RecommenderModel model) =>
        TypedResults.Ok(model.Catalog.Programmes
            .Select(p => new ProgrammeSummary(p.Id, p.Name, p.NameEn, p.Language, p.Categories.Count)).ToList());

    /// <summary>The categories of one programme, or 404 naming the unknown id.</summary>
    public static Results<Ok<List<CategoryDetails>>, ProblemHttpResult> ListCategories(string id, RecommenderModel model) =>
        model.Catalog.FindProgramme(id) is { } programme
            ? TypedResults.Ok(programme.Categories.Select(CategoryDetails.From).ToList())
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown programme.",
                detail: $"There is no programme '{id}'. Known programmes: {string.Join(", ", model.Catalog.Programmes.Select(p => p.Id))}.");
}
