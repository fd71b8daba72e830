namespace CategoryMatch.Core.Encoding;

/// <summary>
/// Maps a (language, stem) pair to a stable 32-bit index for sparse term vectors. FNV-1a is used
/// because string.GetHashCode is randomised per process, and indices are stored in Qdrant.
/// </summary>
public static class TermHash
{
    /// <summary>The index of <paramref name="stem"/> in <paramref name="language"/>.</summary>
    public static uint Of(string language, string stem)
    {
        var hash = 2166136261u;
        foreach (var c in language) hash = (hash ^ c) * 16777619u;
        hash = (hash ^ '|') * 16777619u;
        foreach (var c in stem) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
