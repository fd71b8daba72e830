using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Polly.Timeout;
using Qdrant.Client;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Every call the product makes to Qdrant goes through here: the official <see cref="QdrantClient"/>
/// (which sets each attempt's gRPC deadline to <see cref="QdrantOptions.AttemptTimeout"/>) run inside
/// the resilience pipeline <see cref="PipelineName"/> (retries with backoff, the total timeout), and
/// whatever still fails turned into a <see cref="QdrantCallException"/> that names the operation.
/// </summary>
public sealed class QdrantConnection(QdrantClient client, ResiliencePipelineProvider<string> pipelines, IOptions<QdrantOptions> options,
    ILogger<QdrantConnection> logger)
{
    /// <summary>Name of the resilience pipeline (and the key of extra gRPC interceptors) for Qdrant.</summary>
    public const string PipelineName = "qdrant";

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(PipelineName);

    /// <summary>The gRPC endpoint, for messages.</summary>
    public Uri Address { get; } = options.Value.GrpcAddress;

    /// <summary>How many queries go in one query batch (<see cref="QdrantOptions.QueryBatchSize"/>).</summary>
    public int QueryBatchSize { get; } = options.Value.QueryBatchSize;

    /// <summary>Runs <paramref name="call"/> through the pipeline; <paramref name="operation"/> says what it does, for errors.</summary>
    /// <exception cref="QdrantCallException">Qdrant failed, after the retries the pipeline allows.</exception>
    public async Task<T> CallAsync<T>(string operation, Func<QdrantClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(client, token), cancellationToken);
        }
        catch (Exception e) when (Translate(operation, e, cancellationToken) is { } failure)
        {
            QdrantLog.RequestFailed(logger, operation, Address.ToString(), failure.Message);
            throw failure;
        }
    }

    /// <inheritdoc cref="CallAsync{T}"/>
    public Task CallAsync(string operation, Func<QdrantClient, CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        CallAsync(operation, async (c, token) =>
        {
            await call(c, token);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Reads the server's version and refuses one older than <see cref="QdrantServerVersion.Tested"/>,
    /// with a one-line message naming both versions.
    /// </summary>
    /// <exception cref="QdrantCallException">The server is older (<see cref="QdrantFailure.UnsupportedVersion"/>), unreadable or unreachable.</exception>
    public async Task<Version> CheckServerVersionAsync(CancellationToken cancellationToken = default)
    {
        const string operation = "read the server version";
        var reply = await CallAsync(operation, (c, token) => c.HealthAsync(token), cancellationToken);
        var version = QdrantServerVersion.Parse(reply.Version)
            ?? throw new QdrantCallException(operation, QdrantFailure.InvalidResponse,
                $"Qdrant at {Address} reports the version '{reply.Version}', which is not a version number.");
        if (!QdrantServerVersion.IsSupported(version))
            throw new QdrantCallException(operation, QdrantFailure.UnsupportedVersion,
                $"Qdrant at {Address} is version {reply.Version}, older than {QdrantServerVersion.Tested}, the version this project is tested with: upgrade Qdrant.");
        return version;
    }

    private QdrantCallException? Translate(string operation, Exception e, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return null;   // the caller gave up: let its cancellation through
        return e switch
        {
            QdrantCallException => null,
            RpcException { StatusCode: StatusCode.Unavailable } rpc => new(operation, QdrantFailure.Unreachable,
                $"Qdrant at {Address} is unreachable, could not {operation}: {rpc.Status.Detail}", rpc.StatusCode, e),
            RpcException { StatusCode: StatusCode.DeadlineExceeded or StatusCode.Cancelled } rpc => new(operation, QdrantFailure.Timeout,
                $"Qdrant at {Address} did not answer in time, could not {operation}: {rpc.Status.Detail}", rpc.StatusCode, e),
            RpcException rpc => new(operation, QdrantFailure.Rejected,
                $"Qdrant at {Address} refused to {operation}: {rpc.StatusCode} {rpc.Status.Detail}", rpc.StatusCode, e),
            // The pipeline's total timeout ran out.
            TimeoutRejectedException or OperationCanceledException => new(operation, QdrantFailure.Timeout,
                $"Qdrant at {Address} did not answer in time, could not {operation}: {e.Message}", inner: e),
            // Qdrant.Client's own: the server answered, but said the operation did not happen.
            global::Qdrant.Client.QdrantException => new(operation, QdrantFailure.Rejected,
                $"Qdrant at {Address} refused to {operation}: {e.Message}", inner: e),
            _ => null,
        };
    }
}
