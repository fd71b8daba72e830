using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The lock that indexers writing the same alias respect, kept in Qdrant itself so that runs on different
/// machines see it: the collection <c>{alias}-lock</c>, which Qdrant creates only once (a second create
/// fails with <c>AlreadyExists</c>). Its metadata names the holder and when it was last renewed; the holder
/// renews it every third of <see cref="QdrantOptions.LockLease"/>, so a lock left unrenewed for a whole
/// lease belongs to an indexer that was killed, and the next one takes it over.
/// </summary>
public sealed class IndexLock(QdrantConnection qdrant, IOptions<QdrantOptions> options, ILogger<IndexLock> logger, TimeProvider? clock = null)
{
    /// <summary>Lock metadata: who holds the lock (machine, process, run).</summary>
    public const string HolderKey = "holder";

    /// <summary>Lock metadata: when the holder last renewed it (UTC, ISO 8601).</summary>
    public const string RenewedKey = "renewedAt";

    // Short enough that the second of two indexers started together starts soon after the first ends.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The lock collection's name.</summary>
    public string Name { get; } = $"{options.Value.Alias}-lock";

    /// <summary>
    /// Takes the lock, waiting up to <see cref="QdrantOptions.LockWait"/> for another holder to release it, and
    /// taking over a lock not renewed within <see cref="QdrantOptions.LockLease"/>. Dispose the lease to release it.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another indexer held the lock for the whole wait.</exception>
    /// <exception cref="QdrantCallException">Qdrant failed.</exception>
    public async Task<IndexLease> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var started = _clock.GetTimestamp();
        while (true)
        {
            var taken = await TryCreateAsync(holder, cancellationToken);
            var current = taken ? null : await ReadAsync(cancellationToken);
            // A create whose answer was lost, and retried, finds the lock already there: it is this run's own.
            if (taken || current?.Holder == holder)
            {
                QdrantLog.LockTaken(logger, Name, holder);
                return new IndexLease(this, holder, _clock.GetElapsedTime(started), options.Value.LockLease / 3, _clock);
            }
            if (current is { } held && _clock.GetUtcNow() - held.RenewedAt >= options.Value.LockLease)
            {
                await TakeOverAsync(held, cancellationToken);
                continue;
            }
            if (_clock.GetElapsedTime(started) >= options.Value.LockWait)
                throw new InvalidOperationException(
                    $"Another indexer ({current?.Holder ?? "unknown"}) has held the lock '{Name}' for the whole {options.Value.LockWait} " +
                    "this run may wait (Qdrant:LockWait); nothing was written.");
            await Task.Delay(Poll, _clock, cancellationToken);
        }
    }

    /// <summary>Who holds the lock and when it was last renewed; null when nobody holds it.</summary>
    public async Task<(string Holder, DateTimeOffset RenewedAt)?> ReadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var info = await qdrant.CallAsync($"read the lock '{Name}'", (client, token) => client.GetCollectionInfoAsync(Name, token), cancellationToken);
            var metadata = info.Config.Metadata;
            var holder = metadata.TryGetValue(HolderKey, out var h) ? h.StringValue : "";
            // A lock whose time cannot be read counts as stale: it was not written by this code.
            var renewed = metadata.TryGetValue(RenewedKey, out var r)
                && DateTimeOffset.TryParse(r.StringValue, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : DateTimeOffset.MinValue;
            return (holder, renewed);
        }
        catch (QdrantCallException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Renews the lock for <paramref name="holder"/>; false when someone else holds it now.</summary>
    internal async Task<bool> RenewAsync(string holder, CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken))?.Holder != holder) return false;
        await qdrant.CallAsync($"renew the lock '{Name}'", (client, token) => client.UpdateCollectionAsync(Name,
            metadata: new Dictionary<string, Value> { [RenewedKey] = Now() }, cancellationToken: token), cancellationToken);
        return true;
    }

    /// <summary>Releases the lock if <paramref name="holder"/> still holds it.</summary>
    internal async Task ReleaseAsync(string holder, CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken))?.Holder != holder) return;
        await qdrant.CallAsync($"release the lock '{Name}'", (client, token) => client.DeleteCollectionAsync(Name, cancellationToken: token), cancellationToken);
    }

    private async Task<bool> TryCreateAsync(string holder, CancellationToken cancellationToken)
    {
        try
        {
            var now = Now();
            await qdrant.CallAsync($"take the lock '{Name}'", (client, token) => client.CreateCollectionAsync(Name,
                new VectorParams { Size = 1, Distance = Distance.Cosine },
                new Dictionary<string, Value> { [HolderKey] = holder, [RenewedKey] = now }, cancellationToken: token), cancellationToken);
            return true;
        }
        catch (QdrantCallException e) when (e.StatusCode == StatusCode.AlreadyExists)
        {
            return false;
        }
    }

    // Only the stale holder's lock is deleted: if someone else took it over first, theirs is fresh and stays.
    private async Task TakeOverAsync((string Holder, DateTimeOffset RenewedAt) stale, CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken))?.Holder != stale.Holder) return;
        QdrantLog.StaleLockTakenOver(logger, Name, stale.Holder, stale.RenewedAt);
        try
        {
            await qdrant.CallAsync($"delete the stale lock '{Name}'", (client, token) => client.DeleteCollectionAsync(Name, cancellationToken: token), cancellationToken);
        }
        catch (QdrantCallException e) when (e.StatusCode == StatusCode.NotFound)
        {
            // Released or taken over meanwhile: try to take it again.
        }
    }

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
