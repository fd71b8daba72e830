namespace CategoryMatch.Core.Text;

/// <summary>Estimated sizes of objects on the 64-bit .NET heap, for caches that are bounded in bytes.</summary>
internal static class HeapSize
{
    /// <summary>A string: header, method table, length and characters, rounded up to 8 bytes; 0 for null.</summary>
    public static long Of(string? text) => text is null ? 0 : OfString(text.Length);

    /// <summary>A string of <paramref name="length"/> characters.</summary>
    public static long OfString(int length) => (22 + 2L * length + 7) & ~7L;

    /// <summary>An array of <paramref name="length"/> references.</summary>
    public static long OfReferenceArray(int length) => 24 + 8L * length;
}
