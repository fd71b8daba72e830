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

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information, Message = "Took the indexers' lock {Lock} as {Holder}")]
    public static partial void LockTaken(ILogger logger, string @lock, string holder);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Took over the indexers' lock {Lock} from {Holder}, who last renewed it at {RenewedAt:O}: that indexer stopped")]
    public static partial void StaleLockTakenOver(ILogger logger, string @lock, string holder, DateTimeOffset renewedAt);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Information, Message = "Dropped the half-built collection {Collection} of this run")]
    public static partial void OwnCollectionDropped(ILogger logger, string collection);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Qdrant returned category {CategoryId}, which the catalog does not hold; the index is older than data/: re-run the indexer")]
    public static partial void UnknownCategory(ILogger logger, string categoryId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "{Problem} Requests for {Programmes} answer 503 until the indexer is run with this catalog (collection hash {IndexedHash}, catalog hash {CatalogHash})")]
    public static partial void CatalogMismatch(ILogger logger, string problem, string programmes, string indexedHash, string catalogHash);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "The category collection behind {Alias} carries no catalog fingerprint (written by an older indexer): whether it holds every category cannot be told; re-run the indexer")]
    public static partial void NoFingerprint(ILogger logger, string alias);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Information, Message = "The category collection behind {Alias} was built from another version of the catalog (same categories): {Problem}")]
    public static partial void CatalogChanged(ILogger logger, string alias, string problem);
}
