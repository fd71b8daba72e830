using CategoryMatch.Core.Qdrant;
using CategoryMatch.Core.Ranking;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CategoryMatch.Api.Extensions;

/// <summary>Puts the category index on Qdrant when <c>Qdrant:Url</c> is configured, and reports the index's health.</summary>
public static class QdrantIndexExtensions
{
    /// <summary>
    /// Adds the health checks behind <c>/health</c>. With <c>Qdrant:Url</c> (or <c>Qdrant:GrpcUrl</c>) set, it
    /// also registers the Qdrant client, <see cref="QdrantCategoryIndex"/> as the <see cref="ICategoryIndex"/>
    /// (replacing the embedded one), the server version and catalog fingerprint checks at start, a <c>qdrant</c>
    /// health check, and the handler that answers 503 while Qdrant is down or lacks a programme's categories.
    /// </summary>
    public static IHostApplicationBuilder AddQdrantCategoryIndex(this IHostApplicationBuilder builder)
    {
        var health = builder.Services.AddHealthChecks();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{QdrantOptions.Section}:{nameof(QdrantOptions.Url)}"])
            && string.IsNullOrWhiteSpace(builder.Configuration[$"{QdrantOptions.Section}:{nameof(QdrantOptions.GrpcUrl)}"]))
        {
            health.AddCheck("category-index", () => HealthCheckResult.Healthy("The embedded in-process index serves the categories."));
            return builder;
        }

        builder.Services.AddQdrantClient(builder.Configuration);
        builder.Services.AddSingleton<IndexedCatalog>();
        builder.Services.AddSingleton<QdrantCategoryIndex>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ICategoryIndex>(sp => sp.GetRequiredService<QdrantCategoryIndex>()));
        builder.Services.AddHostedService<QdrantVersionCheck>();
        builder.Services.AddHostedService<IndexedCatalogCheck>();
        health.AddCheck<QdrantHealthCheck>("qdrant", HealthStatus.Unhealthy);
        builder.Services.AddExceptionHandler<QdrantUnavailableExceptionHandler>();
        return builder;
    }
}
