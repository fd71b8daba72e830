using System.Security.Cryptography;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Deterministic Qdrant point ids: a name-based UUID (RFC 9562 version 5, SHA-1) of a record's key,
/// so writing the same category twice overwrites one point instead of adding another.
/// </summary>
public static class DeterministicPointId
{
    // A fixed namespace of our own: the same key gives the same id in every run and on every machine.
    private static readonly Guid Namespace = new("6f1c7a52-0d3e-4b8e-9a51-2c4d8e7f3b10");

    /// <summary>The point id of <paramref name="key"/>, e.g. of the category id <c>ru-cca:13</c>.</summary>
    public static Guid FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var name = System.Text.Encoding.UTF8.GetBytes(key);
        Span<byte> input = stackalloc byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);   // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);   // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
