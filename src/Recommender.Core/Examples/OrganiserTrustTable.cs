using System.Collections.Concurrent;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// Each programme's current trust in its organiser's examples (<see cref="OrganiserTrust"/>), read by every
/// recommendation and replaced whole when an estimate completes; 1 for a programme never estimated.
/// </summary>
public sealed class OrganiserTrustTable
{
    private readonly ConcurrentDictionary<string, TrustEstimate> _estimates = new(StringComparer.Ordinal);

    /// <summary>The trust of <paramref name="program"/>, 1 until estimated.</summary>
    public float TrustOf(string program) => _estimates.TryGetValue(program, out var e) ? e.Trust : 1;

    /// <summary>The last estimate of <paramref name="program"/>, null until one completed.</summary>
    public TrustEstimate? EstimateOf(string program) => _estimates.GetValueOrDefault(program);

    /// <summary>Records <paramref name="estimate"/> as its programme's current one.</summary>
    public void Set(TrustEstimate estimate) => _estimates[estimate.Program] = estimate;
}

/// <summary>One estimate of a programme's trust in its organiser's examples.</summary>
/// <param name="Program">The programme.</param>
/// <param name="Trust">The multiplier of the fusion's organiser weight (1: as trained; 0: ignored).</param>
/// <param name="Cases">How many of the organiser's examples were ranked, each with itself set aside.</param>
/// <param name="RightAtTrust">How many of those came out first in their category under <paramref name="Trust"/>.</param>
/// <param name="RightAsTrained">How many at trust 1.</param>
/// <param name="At">When the estimate completed.</param>
public sealed record TrustEstimate(string Program, float Trust, int Cases, int RightAtTrust, int RightAsTrained, DateTimeOffset At);
