using System.Runtime;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Gives memory back to the OS when a burst of audits and batches is over. The GC only runs when something
/// allocates, so a server that falls idle after a burst keeps the heap the burst grew (issue 14: 4 GB an hour
/// later). When the last heavy request has ended and none has started for
/// <see cref="HeavyWorkOptions.ReleaseMemoryAfterSeconds"/>, one aggressive full collection compacts the heap and
/// returns its free regions. It pauses requests once (measured 25–112 ms, see README "Reliability"), and only
/// after a burst, never during one.
/// </summary>
public sealed partial class MemoryAfterBursts(IOptions<HeavyWorkOptions> options, ILogger<MemoryAfterBursts> logger)
{
    private readonly TimeSpan _delay = TimeSpan.FromSeconds(options.Value.ReleaseMemoryAfterSeconds);
    private int _running;
    private long _started;

    /// <summary>A heavy request starts.</summary>
    public void Started()
    {
        Interlocked.Increment(ref _running);
        Interlocked.Increment(ref _started);
    }

    /// <summary>A heavy request has ended; the last one of a burst schedules the release.</summary>
    public void Ended()
    {
        if (Interlocked.Decrement(ref _running) != 0 || _delay <= TimeSpan.Zero) return;
        var started = Volatile.Read(ref _started);
        _ = Task.Delay(_delay).ContinueWith(_ =>
        {
            // Another burst has begun (or begun and ended, and scheduled its own release): leave it to that one.
            if (Volatile.Read(ref _running) != 0 || Volatile.Read(ref _started) != started) return;
            Release();
        }, TaskScheduler.Default);
    }

    private void Release()
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        var paused = GC.GetTotalPauseDuration();
        // The large object heap holds request bodies and CSV buffers; compact it too, since an aggressive
        // collection returns only whole free regions.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Released(logger, before / (1024 * 1024), GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024),
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
    }

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "Audits and batches are over: memory released, GC heap {BeforeMb} MB -> {AfterMb} MB, paused {PauseMs:F0} ms")]
    private static partial void Released(ILogger logger, long beforeMb, long afterMb, double pauseMs);
}
