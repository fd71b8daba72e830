using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// A gRPC interceptor on one indexer run's channel that stops the run dead once its first upsert batch is
/// applied, as a killed or frozen process would stop: every later call of the run (its lock renewals too)
/// waits without reaching the server until <see cref="Thaw"/>, and then fails as unreachable.
/// </summary>
public sealed class FreezeAfterFirstUpsert : Interceptor
{
    private readonly TaskCompletionSource _frozen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _thawed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first upsert has been applied and the run has stopped.</summary>
    public Task Frozen => _frozen.Task;

    /// <summary>Lets the run's waiting calls fail.</summary>
    public void Thaw() => _thawed.TrySetResult();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (_frozen.Task.IsCompleted)
            return new AsyncUnaryCall<TResponse>(Stopped<TResponse>(context.Options.CancellationToken),
                Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        var call = continuation(request, context);
        if (context.Method.Name != "Upsert") return call;
        return new AsyncUnaryCall<TResponse>(FreezeAfter(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    private async Task<TResponse> FreezeAfter<TResponse>(Task<TResponse> response)
    {
        await response;
        _frozen.TrySetResult();
        await _thawed.Task;
        throw new RpcException(new Status(StatusCode.Unavailable, "the indexer process was stopped"));
    }

    private async Task<TResponse> Stopped<TResponse>(CancellationToken cancellationToken)
    {
        await _thawed.Task.WaitAsync(cancellationToken);
        throw new RpcException(new Status(StatusCode.Unavailable, "the indexer process was stopped"));
    }
}
