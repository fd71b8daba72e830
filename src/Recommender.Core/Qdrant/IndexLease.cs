namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The indexers' lock while one run holds it (<see cref="IndexLock.AcquireAsync"/>): renewed in the
/// background until disposed, then released.
/// </summary>
public sealed class IndexLease : IAsyncDisposable
{
    private readonly IndexLock _lock;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    internal IndexLease(IndexLock owner, string holder, TimeSpan waited, TimeSpan renewEvery, TimeProvider clock)
    {
        _lock = owner;
        Holder = holder;
        Waited = waited;
        _renewing = RenewAsync(renewEvery, clock, _stop.Token);
    }

    /// <summary>This run's name in the lock (machine, process, run).</summary>
    public string Holder { get; }

    /// <summary>How long this run waited for another indexer's lock.</summary>
    public TimeSpan Waited { get; }

    /// <summary>
    /// Checks that this run still holds the lock: one that was not renewed for a whole lease (the process
    /// stalled, or Qdrant was unreachable) may have been taken over by another indexer.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another indexer holds the lock now.</exception>
    public async Task EnsureHeldAsync(CancellationToken cancellationToken = default)
    {
        var current = await _lock.ReadAsync(cancellationToken);
        if (current?.Holder != Holder)
            throw new InvalidOperationException(
                $"This run lost the lock '{_lock.Name}' (it was not renewed within Qdrant:LockLease) to {current?.Holder ?? "nobody"}: " +
                "another indexer may be writing; the alias was left where it was.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        try
        {
            await _lock.ReleaseAsync(Holder, CancellationToken.None);
        }
        catch (QdrantCallException)
        {
            // Qdrant is what failed: the lock runs out after one lease, and the next run takes it over.
        }
    }

    private async Task RenewAsync(TimeSpan every, TimeProvider clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    if (!await _lock.RenewAsync(Holder, stop)) return;   // taken over: EnsureHeldAsync will say so
                }
                catch (QdrantCallException)
                {
                    // Try again at the next tick; a lock left unrenewed for a whole lease is lost, which EnsureHeldAsync reports.
                }
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The run is over: a renewal still in flight may fail any way (cancelled, or the server gone, which
            // QdrantConnection leaves untranslated once its caller has given up), and none of it matters now. Left
            // to escape, it would leave DisposeAsync in place of the run's own error (a raw RpcException where the
            // indexer reports a QdrantCallException and exits 4).
        }
    }
}
