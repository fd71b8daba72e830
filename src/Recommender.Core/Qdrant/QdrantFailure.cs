namespace CategoryMatch.Core.Qdrant;

/// <summary>Why a call to Qdrant failed; callers decide between "retry later" and "fix the request".</summary>
public enum QdrantFailure
{
    /// <summary>No connection could be made (refused, reset, DNS).</summary>
    Unreachable,

    /// <summary>Qdrant did not answer within the configured time.</summary>
    Timeout,

    /// <summary>Qdrant answered with an error status (4xx or, after the retries, 5xx).</summary>
    Rejected,

    /// <summary>Qdrant answered 200 with a body this client does not understand.</summary>
    InvalidResponse,
}
