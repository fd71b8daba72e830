using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Healthy when Qdrant answers, is a version this project is tested with, and the category alias holds
/// points; reachable but empty (or too old) is as bad as down.
/// </summary>
internal sealed class QdrantHealthCheck(QdrantConnection qdrant, QdrantCategoryIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await qdrant.CheckServerVersionAsync(cancellationToken);
            var count = await index.CountAsync(cancellationToken);
            return count > 0
                ? HealthCheckResult.Healthy($"Qdrant {version} holds {count} categories.")
                : new HealthCheckResult(context.Registration.FailureStatus, "Qdrant's category alias is empty: run the indexer.");
        }
        catch (QdrantCallException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, e.Message);
        }
    }
}
