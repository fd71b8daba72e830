using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>A gRPC interceptor on the product's Qdrant channel that counts the calls by method name; every call still reaches the real server.</summary>
public sealed class CallCounter : Interceptor
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    /// <summary>Calls of <paramref name="methods"/> so far (e.g. <c>Query</c>, <c>QueryBatch</c>).</summary>
    public int Of(params string[] methods) => methods.Sum(m => _calls.GetValueOrDefault(m));

    /// <summary>Forgets the calls so far.</summary>
    public void Reset() => _calls.Clear();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        _calls.AddOrUpdate(context.Method.Name, 1, (_, n) => n + 1);
        return continuation(request, context);
    }
}
