namespace CategoryMatch.Api.Apis;

/// <summary><c>GET /health</c>.</summary>
public static class HealthApi
{
    /// <summary>Maps the liveness endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "healthy" })).WithName("Health");
        return app;
    }
}
