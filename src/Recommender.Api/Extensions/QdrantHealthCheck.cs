using System.Diagnostics;
using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Healthy when Qdrant answers promptly, is a version this project is tested with, and the collection behind
/// the alias holds every category of the catalog. Reachable but empty, too old, or lacking categories is as
/// bad as down (unhealthy); answering slower than <see cref="QdrantOptions.DegradedLatency"/>, or carrying no
/// catalog fingerprint, or one of another version of the catalog, is degraded: requests are served, but
/// someone should look.
/// </summary>
internal sealed class QdrantHealthCheck(QdrantConnection qdrant, QdrantCategoryIndex index, IndexedCatalog indexed, IOptions<QdrantOptions> options)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The fastest of the three answers: one slow answer is a hiccup, three are a slow server.
        var fastest = TimeSpan.MaxValue;
        async Task<T> Timed<T>(Func<Task<T>> call)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await call();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed < fastest) fastest = elapsed;
            return answer;
        }

        var data = new Dictionary<string, object> { ["server"] = qdrant.Address.ToString(), ["alias"] = options.Value.Alias };
        try
        {
            var version = await Timed(() => qdrant.CheckServerVersionAsync(cancellationToken));
            var count = await Timed(() => index.CountAsync(cancellationToken));
            var coverage = await Timed(() => indexed.RefreshAsync(cancellationToken));
            data["categories"] = count;
            data["latencyMs"] = Math.Round(fastest.TotalMilliseconds, 1);
            var holds = $"Qdrant {version} at {qdrant.Address} holds {count} categories behind '{options.Value.Alias}'.";
            if (count == 0)
                return new HealthCheckResult(context.Registration.FailureStatus, "Qdrant's category alias is empty: run the indexer.", data: data);
            if (coverage.Missing.Count > 0)
            {
                data["missingProgrammes"] = coverage.MissingProgrammes;
                data["missingCategories"] = coverage.Missing;
                return new HealthCheckResult(context.Registration.FailureStatus,
                    $"{coverage.Describe()} Requests for {string.Join(", ", coverage.Missing.Keys)} answer 503: run the indexer with this catalog.", data: data);
            }
            if (fastest >= options.Value.DegradedLatency)
                return HealthCheckResult.Degraded($"{holds} It answers slowly: its fastest answer took {fastest.TotalMilliseconds:F0} ms " +
                    $"(Qdrant:DegradedLatency is {options.Value.DegradedLatency.TotalMilliseconds:F0} ms).", data: data);
            if (!coverage.Fingerprinted)
                return HealthCheckResult.Degraded($"{holds} The collection carries no catalog fingerprint (an older indexer wrote it), " +
                    "so whether it holds every category cannot be told: run the indexer.", data: data);
            if (!coverage.SameCatalog)
                return HealthCheckResult.Degraded($"{holds} It was built from another version of the catalog " +
                    $"({(coverage.Extra.Count > 0 ? coverage.Describe() : "titles or codes differ")}): run the indexer.", data: data);
            return HealthCheckResult.Healthy(holds, data);
        }
        catch (QdrantCallException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, e.Message, data: data);
        }
    }
}
