using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// A gRPC interceptor on the product's channel that kills the real server as soon as the first upsert
/// batch has been applied: the indexer is then in the middle of writing a new version, which is when a
/// crash hurts most. Every call still goes to the real server.
/// </summary>
public sealed class KillServerAfterFirstUpsert(QdrantServer server) : Interceptor
{
    private int _killed;

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        if (context.Method.Name != "Upsert" || Interlocked.Exchange(ref _killed, 1) == 1) return call;
        return new AsyncUnaryCall<TResponse>(KillAfter(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    private async Task<TResponse> KillAfter<TResponse>(Task<TResponse> response)
    {
        var answer = await response;
        server.Kill();
        return answer;
    }
}
