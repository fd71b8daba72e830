using CategoryMatch.Core.Qdrant;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Reads the catalog fingerprint of the collection behind the alias at start, so a collection built from
/// another catalog is logged before the first request (<see cref="IndexedCatalog"/> logs what it finds).
/// Qdrant down, or no collection yet, does not stop start-up: requests answer 503 until it is there.
/// </summary>
internal sealed partial class IndexedCatalogCheck(IndexedCatalog indexed, ILogger<IndexedCatalogCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await indexed.RefreshAsync(cancellationToken);
        }
        catch (QdrantCallException e)
        {
            NotRead(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "The catalog fingerprint of the category collection could not be read at start; it is read again with the next request: {Reason}")]
    private static partial void NotRead(ILogger logger, string reason);
}
