using System.Text.Json;
using CategoryMatch.Api.Extensions;
using CategoryMatch.Api.Model;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Examples;
using CategoryMatch.Api.Organisers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CategoryMatch.Api.Apis;

/// <summary>
/// <c>POST /api/audit</c>: judges whether filed entries are in the right category. Takes JSON or CSV
/// (<c>id,program,filedCategory,text[,finalCategory]</c>), answers JSON or, with <c>Accept: text/csv</c>, CSV. Entries that
/// cannot be judged are reported (by index or CSV line) while the others are still judged.
/// </summary>
public static class AuditApi
{
    private const string Csv = RequestBodies.Csv;

    /// <summary>Maps the audit endpoint.</summary>
    public static RouteHandlerBuilder MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/audit", Audit).WithName("Audit").WithTags("Audit")
            .Accepts<AuditRequestBody>("application/json", Csv)
            .Produces<AuditResponse>(StatusCodes.Status200OK, "application/json", Csv)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Audit filed entries")
            .WithDescription($"Verdicts ok, redirect, misfiled or uncertain for up to {ApiLimits.MaxAuditEntries} entries, in input order.");

    /// <summary>Reads the entries (JSON or CSV), judges the valid ones, answers in the format asked for.</summary>
    public static async Task<Results<Ok<AuditResponse>, PushStreamHttpResult, ValidationProblem, ProblemHttpResult, ChallengeHttpResult>> Audit(
        HttpRequest request, CategoryAuditor auditor, IOptions<JsonOptions> json, RecommenderModel model, IExampleStore store, OrganiserWriteLimit writeLimit, bool? learn,
        CancellationToken cancellationToken)
    {
        List<(int? Entry, int? Line, AuditEntry? Value, AuditProblem? Problem)> rows;
        var finalCategories = new Dictionary<int, string>();
        if (RequestBodies.IsCsv(request.ContentType))
        {
            var bytes = await RequestBodies.ReadBytesAsync(request, cancellationToken);
            try
            {
                var csvRows = EntryCsv.Read(bytes, filedCategoryRequired: true, ApiLimits.MaxAuditEntries);
                for (var i = 0; i < csvRows.Count; i++)
                    if (csvRows[i].FinalCategory is { Length: > 0 } final) finalCategories[i] = final;
                rows = [.. csvRows.Select(r => ((int?)null, (int?)r.Line, r.Entry, r.Problem))];
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
            var body = await RequestBodies.ReadJsonAsync<AuditRequestBody>(request, json.Value.SerializerOptions, cancellationToken);
            if (body?.Entries is not { } entries)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["entries"] = ["A JSON body {\"entries\": [...]} is required."] },
                    title: "The audit request is invalid.");
            if (entries.Count > ApiLimits.MaxAuditEntries)
                return TooMany($"At most {ApiLimits.MaxAuditEntries} entries are accepted per request; this one has {entries.Count}.");
            for (var i = 0; i < entries.Count; i++)
                if (entries[i]?.FinalCategory is { Length: > 0 } final) finalCategories[i] = final;
            rows = [.. entries.Select((e, i) => e is null
                ? ((int?)i, (int?)null, (AuditEntry?)null, new AuditProblem("entry", "The entry is null."))
                : (i, null, new AuditEntry(e.Id, e.Text ?? "", e.Program, e.FiledCategory ?? ""), null))];
        }
        else
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.",
                detail: $"Send the entries as 'application/json' or '{Csv}' (header id,program,filedCategory,text); the content type was '{request.ContentType ?? "(none)"}'.");
        }
        if (rows.Count == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["entries"] = ["At least one entry is required."] },
                title: "The audit request is invalid.");

        var checkedRows = rows.Select(r => r with { Problem = r.Problem ?? (r.Value is null ? null : auditor.Check(r.Value)) }).ToList();
        // Learning writes examples: it needs a key that covers every programme it would write to, checked before any work.
        var learning = learn == true ? AuditLearning.Select(checkedRows, finalCategories, model) : null;
        if (learning is not null)
        {
            var auth = await request.HttpContext.AuthenticateAsync(OrganiserKeyHandler.SchemeName);
            if (!auth.Succeeded) return TypedResults.Challenge(authenticationSchemes: [OrganiserKeyHandler.SchemeName]);
            if (AuditLearning.Forbidden(auth.Principal, learning) is { } forbidden) return forbidden;
            // A learning audit is a write: it draws on the key's window like an upload.
            if (writeLimit.TryWrite(request.HttpContext, auth.Principal.Identity?.Name ?? "") is { } limited) return limited;
        }
        var valid = checkedRows.Where(r => r.Problem is null).ToList();
        var verdicts = await auditor.AuditAsync(valid.Select(r => r.Value!).ToList(), cancellationToken: cancellationToken);
        var errors = checkedRows.Where(r => r.Problem is not null)
            .Select(r => new AuditRowError(r.Entry, r.Line, r.Value?.Id, r.Problem!.Field, r.Problem.Message)).ToList();

        var learned = learning is null ? null : await AuditLearning.StoreAsync(learning, model, store, cancellationToken);
        if (!WantsCsv(request))
            return TypedResults.Ok(new AuditResponse([.. verdicts.Select((v, i) => AuditResultBody.From(v, valid[i].Line))], errors, learned));
        var judged = new Queue<AuditResult>(verdicts);
        var lines = checkedRows.Select(r => r.Problem is null
            ? new AuditLine(r.Line, judged.Dequeue(), null, null, null)
            : new AuditLine(r.Line, null, r.Value?.Id, r.Value?.FiledCategory, r.Problem)).ToList();
        return TypedResults.Stream(stream => AuditCsv.WriteAsync(stream, lines, cancellationToken), $"{Csv}; charset=utf-8", "verdicts.csv");
    }

    private static ValidationProblem TooMany(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["entries"] = [message] }, title: "Too many entries.");

    // CSV when Accept names it with a quality above zero and JSON is not preferred to it; wildcards choose JSON.
    private static bool WantsCsv(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string type) => accept.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var csv = Quality(Csv);
        return csv > 0 && csv >= Quality("application/json");
    }
}
