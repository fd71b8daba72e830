using CategoryMatch.Core;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// A copy of data/ (catalog, lexicon, languages; no learned model) without some programmes: what an indexer
/// run from a half-edited checkout sees, and a small catalog that indexes quickly.
/// </summary>
public sealed class PartialCatalog : IDisposable
{
    private PartialCatalog(string directory) => Directory = directory;

    /// <summary>The data folder of the copy.</summary>
    public string Directory { get; }

    /// <summary>Copies data/ leaving out <paramref name="programmes"/> (their catalog files and category profiles).</summary>
    public static PartialCatalog Without(params string[] programmes)
    {
        var target = System.IO.Directory.CreateTempSubdirectory("categorymatch-partial-data-").FullName;
        foreach (var folder in new[] { "categories", "concepts", "languages" })
        {
            var from = Path.Combine(TestPaths.Data, folder);
            System.IO.Directory.CreateDirectory(Path.Combine(target, folder));
            foreach (var file in System.IO.Directory.GetFiles(from))
            {
                if (folder == "categories" && programmes.Contains(Path.GetFileNameWithoutExtension(file))) continue;
                // The lexicon may not profile a category the catalog lacks: drop those profile lines.
                var lines = File.ReadAllLines(file).Where(l => !programmes.Any(p => l.TrimStart().StartsWith(p + ":", StringComparison.Ordinal)));
                File.WriteAllLines(Path.Combine(target, folder, Path.GetFileName(file)), lines);
            }
        }
        return new PartialCatalog(target);
    }

    /// <summary>The model built from the copy, ranking by similarity.</summary>
    public RecommenderModel Load() => RecommenderModel.Load(Directory, learnedModel: null);

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
