using CategoryMatch.Core.Qdrant;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Reads Qdrant's version at start and stops start-up when the server is older than the one this project
/// is tested with. A server that cannot be reached yet does not stop start-up: the API answers 503 until
/// it is back, and <c>/health</c> checks the version again then.
/// </summary>
internal sealed partial class QdrantVersionCheck(QdrantConnection qdrant, ILogger<QdrantVersionCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await qdrant.CheckServerVersionAsync(cancellationToken);
            ServerFound(logger, qdrant.Address, version);
        }
        catch (QdrantCallException e) when (e.IsUnavailable)
        {
            ServerUnavailable(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Qdrant at {Address} is version {Version}")]
    private static partial void ServerFound(ILogger logger, Uri address, Version version);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "Qdrant's version could not be read at start; requests answer 503 until it is back: {Reason}")]
    private static partial void ServerUnavailable(ILogger logger, string reason);
}
