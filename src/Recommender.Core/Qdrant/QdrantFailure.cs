namespace CategoryMatch.Core.Qdrant;

/// <summary>Why a call to Qdrant failed; callers decide between "retry later" and "fix the request".</summary>
public enum QdrantFailure
{
    /// <summary>No connection could be made (refused, reset, DNS): gRPC status <c>Unavailable</c>.</summary>
    Unreachable,

    /// <summary>Qdrant did not answer within the configured time (gRPC deadline or the total timeout).</summary>
    Timeout,

    /// <summary>Qdrant answered with an error status (not found, invalid argument, ...).</summary>
    Rejected,

    /// <summary>Qdrant answered with something this project cannot use (an unreadable version, say).</summary>
    InvalidResponse,

    /// <summary>The server is older than the Qdrant version this project is tested with.</summary>
    UnsupportedVersion,
}
