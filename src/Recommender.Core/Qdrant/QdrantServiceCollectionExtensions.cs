using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>Registers the official Qdrant client, its gRPC channel and the resilience pipeline its calls run in.</summary>
public static class QdrantServiceCollectionExtensions
{
    // Statuses worth another attempt: the server is down or restarting, an attempt's deadline ran out, or it sheds load.
    private static readonly StatusCode[] Transient =
        [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted, StatusCode.Aborted];

    /// <summary>
    /// Adds <see cref="QdrantOptions"/> (bound from <paramref name="configuration"/>'s <c>Qdrant</c> section,
    /// validated at start), a <see cref="QdrantClient"/> on one gRPC channel to <see cref="QdrantOptions.GrpcAddress"/>
    /// (with <see cref="QdrantOptions.ApiKey"/>, and any <see cref="Interceptor"/> registered under the key
    /// <see cref="QdrantConnection.PipelineName"/>), and <see cref="QdrantConnection"/>. Each attempt is bounded by
    /// the gRPC deadline <see cref="QdrantOptions.AttemptTimeout"/>; the resilience pipeline retries transient
    /// statuses with exponential backoff and jitter and bounds the whole call by <see cref="QdrantOptions.TotalTimeout"/>.
    /// </summary>
    public static IServiceCollection AddQdrantClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QdrantOptions>().Bind(configuration.GetSection(QdrantOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(sp => GrpcChannel.ForAddress(sp.GetRequiredService<IOptions<QdrantOptions>>().Value.GrpcAddress, new GrpcChannelOptions
        {
            // Cancellation by the pipeline's total timeout then surfaces as OperationCanceledException,
            // which the pipeline reports as its own timeout.
            ThrowOperationCanceledOnCancellation = true,
            // A plain HttpClient, not a bare handler: gRPC's own connection manager (used with a bare
            // SocketsHttpHandler) backs off reconnecting for up to two minutes after the server went away,
            // failing every call meanwhile; HttpClient connects again on the next call, so service resumes
            // as soon as Qdrant is back. Deadlines bound each call, so the client's own timeout is off.
            HttpClient = new HttpClient(new SocketsHttpHandler
            {
                ConnectTimeout = sp.GetRequiredService<IOptions<QdrantOptions>>().Value.AttemptTimeout,
                EnableMultipleHttp2Connections = true,
            }) { Timeout = Timeout.InfiniteTimeSpan },
            DisposeHttpClient = true,
        }));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QdrantOptions>>().Value;
            var invoker = sp.GetRequiredService<GrpcChannel>()
                .Intercept([.. sp.GetKeyedServices<Interceptor>(QdrantConnection.PipelineName)]);
            if (!string.IsNullOrEmpty(options.ApiKey))
                invoker = invoker.Intercept(metadata =>
                {
                    metadata.Add("api-key", options.ApiKey);
                    return metadata;
                });
            return new QdrantGrpcClient(invoker);
        });
        // No logger factory: QdrantConnection logs each failure with what was being done; the client's own
        // log lines would say it twice.
        services.AddSingleton(sp => new QdrantClient(sp.GetRequiredService<QdrantGrpcClient>(),
            sp.GetRequiredService<IOptions<QdrantOptions>>().Value.AttemptTimeout));

        services.AddResiliencePipeline(QdrantConnection.PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<QdrantOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.Retries > 0)
                pipeline.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<RpcException>(e => Transient.Contains(e.StatusCode)),
                    MaxRetryAttempts = options.Retries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
        });
        services.AddSingleton<QdrantConnection>();
        return services;
    }

    /// <summary>Adds <see cref="CategoryIndexWriter"/> and the indexers' lock it holds while it writes; call after <see cref="AddQdrantClient"/>.</summary>
    public static IServiceCollection AddCategoryIndexWriter(this IServiceCollection services)
    {
        services.AddSingleton<IndexLock>();
        services.AddSingleton<CategoryIndexWriter>();
        return services;
    }
}
