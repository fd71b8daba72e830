using System.Net;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// A call to Qdrant failed. The message names the operation, the server and the cause (unreachable,
/// timed out, or rejected with Qdrant's own error text), so a log line is enough to act on it.
/// </summary>
public sealed class QdrantException(string operation, QdrantFailure failure, string message, HttpStatusCode? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What was being done, e.g. <c>query collection 'categories'</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The kind of failure.</summary>
    public QdrantFailure Failure { get; } = failure;

    /// <summary>The HTTP status Qdrant answered with, for <see cref="QdrantFailure.Rejected"/>.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>True when the server could not be reached or did not answer in time: trying again later may succeed.</summary>
    public bool IsUnavailable => Failure is QdrantFailure.Unreachable or QdrantFailure.Timeout
        || StatusCode is >= HttpStatusCode.InternalServerError;
}
