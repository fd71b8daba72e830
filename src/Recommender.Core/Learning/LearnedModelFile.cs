using System.IO.Compression;

using CategoryMatch.Core.DataFiles;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Reads and writes a <see cref="LearnedRanker"/> as one compressed binary file: the vocabulary, each
/// classifier's weights, the subject profiles and the fusion. Plain arrays, so loading is a copy and
/// prediction needs no ML.NET.
/// </summary>
public static class LearnedModelFile
{
    /// <summary>Where the product looks for the model, relative to the data folder.</summary>
    public const string DefaultPath = "models/ranker-v2.bin";

    private const string Magic = "CategoryMatch learned ranker";
    // 2: the fusion reads the examples' vote (15 features).
    private const int Version = 2;

    /// <summary>Writes <paramref name="ranker"/> to <paramref name="path"/> (its folder is created; an existing file is replaced only once the new one is complete).</summary>
    public static void Save(LearnedRanker ranker, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(zip, System.Text.Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            WriteArray(w, [.. ranker.Vocabulary.Keys], (x, v) => x.Write(v));
            WriteArray(w, [.. ranker.Vocabulary.Idf], (x, v) => x.Write(v));
            w.Write(ranker.Classifiers.Count);
            foreach (var (programme, classifier) in ranker.Classifiers.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Write(programme);
                WriteClassifier(w, classifier);
            }
            WriteClassifier(w, ranker.Subjects);
            WriteClassifier(w, ranker.Domain);
            w.Write(ranker.SubjectProfiles.Count);
            foreach (var (category, profile) in ranker.SubjectProfiles.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Write(category);
                WriteArray(w, profile, (x, v) => x.Write(v));
            }
            WriteArray(w, ranker.Fusion.Weights, (x, v) => x.Write(v));
            w.Write(ranker.Fusion.Bias);
            w.Write(ranker.Fusion.PlattSlope);
            w.Write(ranker.Fusion.PlattOffset);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Reads a file written by <see cref="Save"/>. Anything else (a truncated file, another format or
    /// version, a fusion for another feature vector) throws <see cref="DataFileException"/> naming the file.
    /// </summary>
    public static LearnedRanker Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(zip, System.Text.Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException("it is not a learned ranker file");
            if (r.ReadInt32() is var version && version != Version) throw new InvalidDataException($"it is version {version}; this build reads version {Version}");
            var vocabulary = FeatureVocabulary.From(ReadArray(r, x => x.ReadUInt32()), ReadArray(r, x => x.ReadSingle()));
            var classifiers = new Dictionary<string, LinearClassifier>(StringComparer.Ordinal);
            for (var i = r.ReadInt32(); i > 0; i--) classifiers[r.ReadString()] = ReadClassifier(r, vocabulary);
            var subjects = ReadClassifier(r, vocabulary);
            var domain = ReadClassifier(r, vocabulary);
            var profiles = new Dictionary<string, float[]>(StringComparer.Ordinal);
            for (var i = r.ReadInt32(); i > 0; i--) profiles[r.ReadString()] = ReadArray(r, x => x.ReadSingle());
            var weights = ReadArray(r, x => x.ReadSingle());
            if (weights.Length != FusionFeatures.Count)
                throw new InvalidDataException($"its fusion reads {weights.Length} features; this build computes {FusionFeatures.Count}");
            var fusion = new FusionModel(weights, r.ReadSingle(), r.ReadDouble(), r.ReadDouble());
            return new LearnedRanker(vocabulary, classifiers, subjects, domain, profiles, fusion);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or EndOfStreamException)
        {
            throw new DataFileException($"{path}: the learned ranking cannot be read ({e.Message}). " +
                "Train it again with `categorymatch train`, or remove the file to rank by similarity alone.");
        }
    }

    private static void WriteClassifier(BinaryWriter w, LinearClassifier classifier)
    {
        WriteArray(w, [.. classifier.Classes], (x, v) => x.Write(v));
        WriteArray(w, classifier.Weights(), (x, v) => x.Write(v));
        WriteArray(w, classifier.Biases.ToArray(), (x, v) => x.Write(v));
    }

    private static LinearClassifier ReadClassifier(BinaryReader r, FeatureVocabulary vocabulary) =>
        new(ReadArray(r, x => x.ReadString()), vocabulary, ReadArray(r, x => x.ReadSingle()), ReadArray(r, x => x.ReadSingle()));

    private static void WriteArray<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    private static T[] ReadArray<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 100_000_000) throw new InvalidDataException($"an array claims {count} items");
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return items;
    }
}
