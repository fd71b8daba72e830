using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Organisers;

/// <summary>The configured organiser keys, by their SHA-256, and the lookup of a presented key.</summary>
public sealed class OrganiserKeyring(IOptions<OrganisersOptions> options)
{
    private readonly (byte[] Hash, OrganiserKey Key)[] _keys =
        [.. options.Value.Keys.Select(k => (Convert.FromHexString(k.Sha256), k))];

    /// <summary>The key whose hash is the SHA-256 of <paramref name="presented"/>; null when none is.</summary>
    public OrganiserKey? Find(string presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(presented), hash);
        // Every configured hash is compared, in constant time and without stopping at a match, so the time
        // taken says nothing about how close a guess came or which key it matched.
        OrganiserKey? found = null;
        foreach (var (known, key) in _keys)
            if (CryptographicOperations.FixedTimeEquals(hash, known)) found = key;
        return found;
    }
}
