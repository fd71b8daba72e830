using Microsoft.Extensions.Logging;

namespace CategoryMatch.Core.Qdrant;

/// <summary>Every log message of the Qdrant integration. Event ids: 4100s client, 4200s index writer, 4300s category index.</summary>
internal static partial class QdrantLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Qdrant call failed: {Operation} at {Server}: {Reason}")]
    public static partial void RequestFailed(ILogger logger, string operation, string server, string reason);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Created collection {Collection} ({Dimensions}-dimension concept vectors, sparse term vectors)")]
    public static partial void CollectionCreated(ILogger logger, string collection, int dimensions);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Wrote {Points} points to {Collection}")]
    public static partial void PointsWritten(ILogger logger, int points, string collection);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Alias {Alias} now points at {Collection}")]
    public static partial void AliasSwitched(ILogger logger, string alias, string collection);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Dropped the old category collection {Collection}")]
    public static partial void OldVersionDropped(ILogger logger, string collection);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Qdrant returned category {CategoryId}, which the catalog does not hold; the index is older than data/: re-run the indexer")]
    public static partial void UnknownCategory(ILogger logger, string categoryId);
}
