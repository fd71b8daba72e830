using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Turns request-binding failures (malformed JSON, a number where text belongs, a body too large)
/// into ProblemDetails that name the field, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var json = FindJsonException(bad);
        context.Response.StatusCode = bad.StatusCode;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = bad.StatusCode,
            Title = json is not null ? "The request body is not valid JSON for this endpoint." : "The request could not be read.",
            Detail = json is not null ? Describe(json) : bad.Message,
        };
        if (json?.Path is { Length: > 1 } path) details.Extensions["field"] = path.TrimStart('$', '.');
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is JsonException json) return json;
        return null;
    }

    private static string Describe(JsonException json) => json.Path is { Length: > 1 } path
        ? $"The value at '{path.TrimStart('$', '.')}' is invalid: {FirstSentence(json.Message)}"
        : $"The body is not valid JSON: {FirstSentence(json.Message)}";

    private static string FirstSentence(string message) => message.Split(" Path:")[0];
}
