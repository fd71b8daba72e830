namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The Qdrant server versions this project works with. Qdrant.Client does not check the server: a
/// feature newer than the server is silently dropped (RRF weights on 1.16) or fails on the first query,
/// so the API and the indexer read the version at start and refuse anything older than <see cref="Tested"/>.
/// </summary>
public static class QdrantServerVersion
{
    /// <summary>The server the tests run against (scripts/qdrant.sh pins it).</summary>
    public static Version Tested { get; } = new(1, 16, 3);

    /// <summary>Reads a version as Qdrant reports it (<c>1.16.3</c>, <c>v1.17.0</c>, <c>1.17.0-dev</c>); null when unreadable.</summary>
    public static Version? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var core = text.Trim().TrimStart('v', 'V');
        var suffix = core.IndexOfAny(['-', '+', ' ']);
        if (suffix >= 0) core = core[..suffix];
        return Version.TryParse(core, out var version) ? version : null;
    }

    /// <summary>True when <paramref name="server"/> is <see cref="Tested"/> or newer.</summary>
    public static bool IsSupported(Version server) => Normalise(server) >= Tested;

    // "1.17" reads as 1.17.-1, which would compare below 1.17.0.
    private static Version Normalise(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));
}
