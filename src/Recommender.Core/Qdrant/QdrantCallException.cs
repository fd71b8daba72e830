using Grpc.Core;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// A call to Qdrant failed. The message names the operation, the server and the cause (unreachable,
/// timed out, or rejected with Qdrant's own error text), so a log line is enough to act on it.
/// </summary>
public sealed class QdrantCallException(string operation, QdrantFailure failure, string message, StatusCode? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What was being done, e.g. <c>query 'categories'</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The kind of failure.</summary>
    public QdrantFailure Failure { get; } = failure;

    /// <summary>The gRPC status Qdrant answered with, when it answered.</summary>
    public StatusCode? StatusCode { get; } = statusCode;

    /// <summary>True when the server could not be reached or did not answer in time: trying again later may succeed.</summary>
    public bool IsUnavailable => Failure is QdrantFailure.Unreachable or QdrantFailure.Timeout
        || StatusCode is Grpc.Core.StatusCode.Internal or Grpc.Core.StatusCode.ResourceExhausted or Grpc.Core.StatusCode.Aborted;
}
