namespace CategoryMatch.Api.Extensions;

/// <summary>What every answer tells a browser about how to treat it.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The web page's Content-Security-Policy: its own script, style and API only, no plug-ins, and no other site
    /// may frame it (so it cannot be overlaid to trick an organiser into clicks).
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Sends <c>X-Content-Type-Options: nosniff</c> on every response, so a browser never runs an answer (a CSV,
    /// a problem echoing the client's text) as a type other than the one it is labelled with.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // When the response starts, so the header survives the exception handler clearing a failed one.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
