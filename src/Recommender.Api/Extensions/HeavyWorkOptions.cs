using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// How much audit and batch work the server takes on at once (issue 14: ten concurrent 10,000-entry audits,
/// each spread over every core, held 2 GB and kept a single recommendation waiting 12 s). Past
/// <see cref="MaxConcurrent"/> running and <see cref="QueueLength"/> waiting, an audit or batch is answered
/// 503 with <c>Retry-After</c>. Bound from the configuration section <c>HeavyWork</c>.
/// </summary>
public sealed class HeavyWorkOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "HeavyWork";

    /// <summary>
    /// Audits and batches running at once: half the cores (at least one), so the other half serve single
    /// recommendations. On 2 cores, one running audit kept the p99 of single recommendations at 37 ms where
    /// two let it reach 114 ms (audit-burst, on a machine shared with builds).
    /// </summary>
    [Range(1, 64)] public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Audits and batches that wait for a place (oldest first) before the next is turned away.</summary>
    [Range(0, 1_000)] public int QueueLength { get; set; } = 2;

    /// <summary>
    /// Entries of one audit or batch ranked at the same time: one, so heavy work takes no more threads than
    /// <see cref="MaxConcurrent"/> (a 10,000-entry audit of one-line summaries then takes about 3 s). The
    /// command line, alone on the machine, uses every core instead.
    /// </summary>
    [Range(1, 256)] public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <summary>
    /// An audit or batch whose body is at most this many bytes is not counted as heavy: it carries no
    /// more text than one single recommendation of the longest summary (20,000 characters, up to 60 KB
    /// of UTF-8), and the page's and scripts' small batches should never be turned away.
    /// </summary>
    [Range(0, 2 * 1024 * 1024)] public long LightBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The <c>Retry-After</c> of a 503: about the time the audits ahead take (one running, two waiting, ~3 s each).</summary>
    [Range(1, 3_600)] public int RetryAfterSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds after the last audit or batch of a burst ends (none running, none started since) at which the
    /// server compacts its heap and returns the free memory to the OS (<see cref="MemoryAfterBursts"/>); 0 never does.
    /// </summary>
    [Range(0, 3_600)] public int ReleaseMemoryAfterSeconds { get; set; } = 5;
}
