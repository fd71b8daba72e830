using Microsoft.Net.Http.Headers;

namespace CategoryMatch.Api.Extensions;

/// <summary>Request bodies are read as sent: one the API cannot decode is answered 415, never parsed as garbage or a 500.</summary>
public static class RequestBodyEncoding
{
    /// <summary>
    /// Answers 415 ProblemDetails for a body with any <c>Content-Encoding</c> but identity (with
    /// <c>Accept-Encoding: identity</c>, as RFC 7694 asks), or whose content type names a charset .NET does not
    /// know. The API does not decompress: a gzip body read as JSON was reported as "invalid JSON", which sent the
    /// client looking in the wrong place; an unknown charset failed the JSON reader with a 500.
    /// </summary>
    public static WebApplication UseKnownBodyEncodings(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var codings = context.Request.Headers.ContentEncoding
                .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            string? problem = null;
            if (!codings.All(c => c.Equals("identity", StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Headers[HeaderNames.AcceptEncoding] = "identity";
                problem = $"The body was sent with 'Content-Encoding: {string.Join(", ", codings)}'; send it uncompressed (no Content-Encoding).";
            }
            else if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) && media.Charset.HasValue && media.Encoding is null)
            {
                problem = $"The content type names the charset '{media.Charset}', which is not known; send the body as UTF-8.";
            }
            if (problem is null)
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new() { Status = StatusCodes.Status415UnsupportedMediaType, Title = "The body's encoding is not accepted.", Detail = problem },
            });
        });
        return app;
    }
}
