using System.Buffers.Binary;
using System.Security.Cryptography;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// How a store encodes an example once, when it is written, and knows when the vectors it kept are stale:
/// <paramref name="Encode"/> gives a text's <see cref="ExampleVectors"/> vector and <paramref name="Fingerprint"/>
/// names everything that vector depends on. A store that finds another fingerprint re-encodes what it holds.
/// </summary>
/// <param name="Encode">A text's example vector.</param>
/// <param name="Fingerprint">SHA-256 of what the vectors depend on.</param>
public sealed record ExampleEncoding(Func<string, SparseVector> Encode, string Fingerprint)
{
    // The data the encoder is built from: the catalog's category texts, the concept lexicon and the language resources.
    private static readonly string[] EncoderData = ["categories", "concepts", "languages"];

    /// <summary>
    /// The encoding of <paramref name="model"/>, loaded from <paramref name="dataDirectory"/>: the same vector
    /// <see cref="InMemoryExampleIndex"/> computes from a text. The fingerprint covers the data files the encoder
    /// is built from and the build of this library (its module version id changes only when its code does), so
    /// vectors are re-encoded after any change that could move them and never otherwise.
    /// </summary>
    public static ExampleEncoding Of(RecommenderModel model, string dataDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ExampleVectors).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var folder in EncoderData)
        {
            var root = Path.Combine(dataDirectory, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                         .Select(f => (Name: Path.GetRelativePath(dataDirectory, f).Replace('\\', '/'), Path: f))
                         .OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Name + "\n"));
                hash.AppendData(File.ReadAllBytes(file.Path));
            }
        }
        return new ExampleEncoding(text => ExampleVectors.Of(model.Encoder.Encode(text)), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A vector as stored: its length, then its keys, then its values, little-endian.</summary>
    public static byte[] ToBytes(SparseVector vector)
    {
        var n = vector.Indices.Length;
        var bytes = new byte[4 + 8 * n];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, n);
        for (var i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 + 4 * i), vector.Indices[i]);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 + 4 * n + 4 * i), vector.Values[i]);
        }
        return bytes;
    }

    /// <summary>The vector <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a stored vector.</exception>
    public static SparseVector FromBytes(ReadOnlySpan<byte> bytes)
    {
        var n = bytes.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : -1;
        if (n < 0 || bytes.Length != 4 + 8L * n) throw new InvalidDataException($"A stored example vector has {bytes.Length} bytes, not the length it states.");
        if (n == 0) return SparseVector.Empty;
        var indices = new uint[n];
        var values = new float[n];
        for (var i = 0; i < n; i++)
        {
            indices[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(4 + 4 * i)..]);
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(4 + 4 * n + 4 * i)..]);
        }
        return new SparseVector(indices, values);
    }
}
