using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Writes ProblemDetails as JSON (<c>application/problem+json</c>) whatever the request's Accept header says.
/// ASP.NET Core's own writer declines unless Accept names JSON, and then an error asked for as
/// <c>text/csv</c> (the web page's Download button), <c>text/html</c> or <c>application/xml</c> went out
/// with an empty body, or as a 500 where a writer was required (the 413 of the body limit). Registered after
/// that writer, so it only writes what that one declines, and in the same form.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var details = context.ProblemDetails;
        details.Status ??= http.Response.StatusCode;
        // TypedResults.Problem fills in the type and title for the status, as the framework's writer does.
        _ = TypedResults.Problem(details);
        details.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        // The runtime type, so a validation problem keeps its errors; options null: the API's JSON options.
        return new(http.Response.WriteAsJsonAsync(details, details.GetType(), options: null, "application/problem+json", http.RequestAborted));
    }
}
