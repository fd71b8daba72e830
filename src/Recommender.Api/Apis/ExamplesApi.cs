using System.Text.Json;
using CategoryMatch.Api.Extensions;
using CategoryMatch.Api.Model;
using CategoryMatch.Api.Organisers;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core.Examples;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CategoryMatch.Api.Apis;

/// <summary>
/// The organiser API: a programme's labelled examples, behind an organiser key that covers the programme.
/// <c>POST</c> adds or replaces examples by id (JSON or CSV, valid rows stored, bad ones reported), <c>GET</c>
/// lists them a page at a time, <c>DELETE</c> removes one, <c>GET .../stats</c> counts them per category.
/// </summary>
public static class ExamplesApi
{
    private const string Csv = RequestBodies.Csv;

    /// <summary>The columns of an examples CSV; <c>lang</c> may be left out.</summary>
    public static readonly IReadOnlyList<string> CsvColumns = ["id", "categoryId", "text", "lang"];

    /// <summary>Maps the organiser endpoints, with the key check set once on the group and the rate limit on writes.</summary>
    public static RouteGroupBuilder MapExamplesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programs/{id}/examples").WithTags("Organisers")
            .RequireAuthorization(OrganiserAccessExtensions.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Upsert).WithName("UpsertExamples").RequireOrganiserWriteLimit()
            .Accepts<ExamplesRequestBody>("application/json", Csv)
            .WithSummary("Add or replace labelled examples")
            .WithDescription($"Up to {ApiLimits.MaxExamples} examples by id, as JSON or as CSV 'id,categoryId,text[,lang]'; valid rows are stored, bad ones reported.");
        group.MapGet("/", List).WithName("ListExamples").WithSummary("List a programme's examples, a page at a time");
        group.MapGet("/stats", Stats).WithName("ExampleStats").WithSummary("Count a programme's examples per category and source");
        group.MapDelete("/{exampleId}", Delete).WithName("DeleteExample").RequireOrganiserWriteLimit()
            .WithSummary("Delete one of the organiser's examples");
        return group;
    }

    /// <summary>Reads the examples (JSON or CSV), stores the valid ones in one write, reports the others.</summary>
    public static async Task<Results<Ok<ExamplesWriteResponse>, ValidationProblem, ProblemHttpResult>> Upsert(
        string id, HttpRequest request, RecommenderModel model, IExampleStore store, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (UnknownProgramme(id, model) is { } unknown) return unknown;
        List<ExampleRow> rows;
        if (RequestBodies.IsCsv(request.ContentType))
        {
            var bytes = await RequestBodies.ReadBytesAsync(request, cancellationToken);
            try
            {
                rows = [.. HeaderedCsv.Read(bytes, CsvColumns, ["lang"], ApiLimits.MaxExamples)
                    .Select(r => new ExampleRow(null, r.Line, r["id"], r["categoryId"], r["text"], r["lang"], r.Problem))];
            }
            catch (EntryCsvException e) when (e.RowLimit is not null)
            {
                return TooMany(e.Message);
            }
            catch (EntryCsvException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The CSV cannot be read.", detail: e.Message);
            }
        }
        else if (request.HasJsonContentType())
        {
            var body = await RequestBodies.ReadJsonAsync<ExamplesRequestBody>(request, json.Value.SerializerOptions, cancellationToken);
            if (body?.Examples is not { } examples)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["examples"] = ["A JSON body {\"examples\": [...]} is required."] },
                    title: "The examples request is invalid.");
            if (examples.Count > ApiLimits.MaxExamples)
                return TooMany($"At most {ApiLimits.MaxExamples} examples are accepted per request; this one has {examples.Count}.");
            rows = [.. examples.Select((e, i) => e is null
                ? new ExampleRow(i, null, null, null, null, null, "The example is null.")
                : new ExampleRow(i, null, e.Id, e.CategoryId, e.Text, e.Lang))];
        }
        else
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.",
                detail: $"Send the examples as 'application/json' or '{Csv}' (header {string.Join(',', CsvColumns)}); the content type was '{request.ContentType ?? "(none)"}'.");
        }
        if (rows.Count == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["examples"] = ["At least one example is required."] },
                title: "The examples request is invalid.");

        var (written, errors) = await StoreAsync(id, rows, model, store, cancellationToken);
        return TypedResults.Ok(written with { Errors = errors });
    }

    /// <summary>Checks <paramref name="rows"/>, stores the valid ones as organiser examples of <paramref name="program"/> in one write, and reports the rest in row order.</summary>
    public static async Task<(ExamplesWriteResponse Written, List<ExampleRowError> Errors)> StoreAsync(
        string program, IReadOnlyList<ExampleRow> rows, RecommenderModel model, IExampleStore store, CancellationToken cancellationToken)
    {
        var (valid, errors) = ExampleRows.Check(program, rows, model.Catalog);
        var result = valid.Count == 0
            ? new ExampleWriteResult(0, 0, [])
            : await store.UpsertAsync(program, [.. valid.Select(v => v.Example)], cancellationToken);
        var refused = result.BuiltinIds.ToHashSet(StringComparer.Ordinal);
        errors.AddRange(valid.Where(v => refused.Contains(v.Example.Id)).Select(v => ExampleRows.BuiltinId(v.Row)));
        errors.Sort((a, b) => (a.Line ?? a.Index ?? 0).CompareTo(b.Line ?? b.Index ?? 0));
        return (new ExamplesWriteResponse(result.Added, result.Updated, errors), errors);
    }

    /// <summary>One page of the programme's examples, filtered by category and source.</summary>
    public static async Task<Results<Ok<ExampleListResponse>, ValidationProblem, ProblemHttpResult>> List(
        string id, RecommenderModel model, IExampleStore store, string? category, string? source, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (UnknownProgramme(id, model) is { } unknown) return unknown;
        var errors = new Dictionary<string, string[]>();
        var categoryId = category;
        if (category is not null)
        {
            var found = model.Catalog.FindCategory(category) ?? model.Catalog.FindCategory($"{id}:{category}");
            if (found is null || found.ProgrammeId != id) errors["category"] = [$"'{category}' is not a category of programme '{id}'."];
            else categoryId = found.Id;
        }
        ExampleSource? parsedSource = source switch
        {
            null => null,
            "builtin" => ExampleSource.Builtin,
            "organiser" => ExampleSource.Organiser,
            _ => null,
        };
        if (source is not null && parsedSource is null) errors["source"] = [$"source must be 'builtin' or 'organiser'; it was '{source}'."];
        if (page is < 1) errors["page"] = [$"page counts from 1; it was {page}."];
        if (pageSize is < 1 or > ExampleQuery.MaxPageSize) errors["pageSize"] = [$"pageSize must be between 1 and {ExampleQuery.MaxPageSize}; it was {pageSize}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The examples query is invalid.");

        var result = await store.ListAsync(new ExampleQuery(id, categoryId, parsedSource, page ?? 1, pageSize ?? 100), cancellationToken);
        return TypedResults.Ok(new ExampleListResponse(result.Total, result.Page, result.PageSize, [.. result.Examples.Select(ExampleDetails.From)]));
    }

    /// <summary>How many examples the programme has per category and source.</summary>
    public static async Task<Results<Ok<ExampleStats>, ProblemHttpResult>> Stats(string id, RecommenderModel model, IExampleStore store,
        OrganiserTrustTable trust, CancellationToken cancellationToken) =>
        UnknownProgramme(id, model) is { } unknown ? unknown
            : TypedResults.Ok(await store.StatsAsync(id, cancellationToken) with { Trust = trust.EstimateOf(id) });

    /// <summary>Deletes one of the organiser's examples: 204, or 404 when the programme has no such organiser example.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, string exampleId, RecommenderModel model, IExampleStore store, CancellationToken cancellationToken)
    {
        if (UnknownProgramme(id, model) is { } unknown) return unknown;
        return await store.DeleteAsync(id, exampleId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such example.",
                detail: $"Programme '{id}' has no organiser example '{exampleId}' (builtin examples belong to the corpus and cannot be deleted).");
    }

    private static ProblemHttpResult? UnknownProgramme(string id, RecommenderModel model) => model.Catalog.FindProgramme(id) is null
        ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown programme.",
            detail: $"There is no programme '{id}'. Known programmes: {string.Join(", ", model.Catalog.Programmes.Select(p => p.Id))}.")
        : null;

    private static ValidationProblem TooMany(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["examples"] = [message] }, title: "Too many examples.");
}
