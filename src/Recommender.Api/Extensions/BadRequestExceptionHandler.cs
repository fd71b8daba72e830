using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Turns request-binding failures (malformed JSON, a number where text belongs, a body too large)
/// into ProblemDetails that name the field, instead of an empty 400 or a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var json = FindJsonException(bad);
        context.Response.StatusCode = bad.StatusCode;
        var field = json?.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
        var details = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(null) : new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = bad.StatusCode,
            Title = json is not null ? "The request body is not valid JSON for this endpoint." : "The request could not be read.",
            Detail = json is not null ? Describe(json) : bad.Message,
        };
        if (field is not null)
        {
            // A value of the wrong type is named under errors, as every other wrong field is, and in field.
            details = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [details.Detail!] })
            {
                Status = details.Status, Title = details.Title, Detail = details.Detail, Extensions = { ["field"] = field },
            };
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>The answer to a body over <see cref="ApiLimits.MaxBodyBytes"/>, naming the limit.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails TooLarge(long? length) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The request body is too large.",
        Detail = $"Request bodies are limited to {ApiLimits.MaxBodyBytes / (1024 * 1024)} MB ({ApiLimits.MaxBodyBytes} bytes)" +
            (length is { } n ? $"; this one declares {n} bytes." : ".") + " Split the entries into several requests.",
    };

    private static JsonException? FindJsonException(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is JsonException json) return json;
        return null;
    }

    private static string Describe(JsonException json) => json.Path is { Length: > 1 } path
        ? $"The value at '{path.TrimStart('$', '.')}' is invalid: {(IsInvalidUtf8(json) ? "it is not valid UTF-8; send the body encoded as UTF-8." : Cause(json))}"
        : $"The body is not valid JSON: {FirstSentence(json.Message)}";

    // System.Text.Json reports bytes that are not UTF-8 as a conversion failure whose cause says so.
    private static bool IsInvalidUtf8(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is InvalidOperationException or System.Text.DecoderFallbackException && x.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The cause says what was wrong ("Cannot get the value of a token type 'String' as a number."); the
    // JsonException itself only names the record being read.
    private static string Cause(JsonException json) => FirstSentence(json.InnerException?.Message is { Length: > 0 } cause ? cause : json.Message);

    // Without the position System.Text.Json appends (" Path: $.top | LineNumber: 0 | ...").
    private static string FirstSentence(string message) => message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0];
}
