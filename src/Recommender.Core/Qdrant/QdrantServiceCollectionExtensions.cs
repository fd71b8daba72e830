using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CategoryMatch.Core.Qdrant;

/// <summary>Registers <see cref="IQdrantClient"/> with its HttpClient and resilience pipeline.</summary>
public static class QdrantServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="QdrantOptions"/> (bound from <paramref name="configuration"/>'s <c>Qdrant</c>
    /// section, validated at start) and the REST <see cref="IQdrantClient"/>. Each call is bounded by
    /// <see cref="QdrantOptions.TotalTimeout"/>; inside it, each attempt by
    /// <see cref="QdrantOptions.AttemptTimeout"/>, and connection errors, timeouts and 5xx answers are
    /// retried with exponential backoff and jitter.
    /// </summary>
    public static IServiceCollection AddQdrantClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QdrantOptions>().Bind(configuration.GetSection(QdrantOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(QdrantRestClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<QdrantOptions>>().Value;
                if (options.IsConfigured) http.BaseAddress = options.BaseAddress;
                // The pipeline's total timeout is the one that counts.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // QdrantLog reports failures with what was being done; a line per request would double
            // every recommendation's logging.
            .RemoveAllLoggers()
            .AddResilienceHandler("qdrant", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<QdrantOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.Retries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        // The defaults already retry HttpRequestException, timeouts, 408, 429 and 5xx.
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddSingleton<IQdrantClient, QdrantRestClient>();
        return services;
    }
}
