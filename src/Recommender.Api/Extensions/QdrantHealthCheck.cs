using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>Healthy when Qdrant answers and the category alias holds points; reachable but empty is as bad as down.</summary>
internal sealed class QdrantHealthCheck(IQdrantClient client, IOptions<QdrantOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var alias = options.Value.Alias;
        try
        {
            var count = await client.CountAsync(alias, cancellationToken);
            return count > 0
                ? HealthCheckResult.Healthy($"Qdrant alias '{alias}' holds {count} categories.")
                : new HealthCheckResult(context.Registration.FailureStatus, $"Qdrant alias '{alias}' is empty: run the indexer.");
        }
        catch (QdrantException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, e.Message);
        }
    }
}
