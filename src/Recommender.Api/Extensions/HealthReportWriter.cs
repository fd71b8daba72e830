using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Writes a health report as JSON naming each dependency and what it reported:
/// <c>{"status":"healthy","checks":[{"name":"qdrant","status":"healthy","description":...,"durationMs":...,"data":{...}}]}</c>.
/// </summary>
public static class HealthReportWriter
{
    /// <summary>The response writer for <c>MapHealthChecks</c>.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = Name(report.Status),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = Name(e.Value.Status),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data.Count > 0 ? e.Value.Data : null,
            }),
        };
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, options), context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
