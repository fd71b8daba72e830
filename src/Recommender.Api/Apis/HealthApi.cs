namespace CategoryMatch.Api.Apis;

/// <summary><c>GET /health</c>.</summary>
public static class HealthApi
{
    /// <summary>Maps the health endpoint (200 healthy, 503 when a dependency is down).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        // Health checks report the category index's dependency (Qdrant) too: 503 naming it when it is down.
        // GET and HEAD only: any other method is a 405, not a health report.
        app.MapHealthChecks("/health", new() { ResponseWriter = CategoryMatch.Api.Extensions.HealthReportWriter.WriteAsync }).WithName("Health")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
