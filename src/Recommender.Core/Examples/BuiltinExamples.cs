using System.Security.Cryptography;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The builtin examples: every in-domain text of the labelled corpus (<c>data/examples</c>) with the first
/// category it is expected in. Out-of-domain texts have no category to vote for and are left out.
/// </summary>
/// <param name="Examples">The examples, in corpus order.</param>
/// <param name="Fingerprint">SHA-256 of the corpus files (names and bytes): a store re-seeds only when it changes.</param>
public sealed record BuiltinExamples(IReadOnlyList<LabelledExample> Examples, string Fingerprint)
{
    /// <summary>No builtin examples (a store that holds only organisers').</summary>
    public static BuiltinExamples None { get; } = new([], "none");

    /// <summary>Reads the corpus in <paramref name="directory"/>, checked against <paramref name="catalog"/> as <see cref="LabelledCorpus.Read"/> does.</summary>
    /// <exception cref="InvalidDataException">A corpus line is broken; the message names file, line and field.</exception>
    public static BuiltinExamples Read(string directory, CategoryCatalog catalog) =>
        From(LabelledCorpus.Read(directory, catalog), FingerprintOf(directory));

    /// <summary>The builtin examples of <paramref name="corpus"/> (e.g. a fold without one writer).</summary>
    public static BuiltinExamples From(LabelledCorpus corpus, string fingerprint) => new(
        [.. corpus.Examples.Where(e => e.InDomain).Select(e => new LabelledExample(e.Id, e.Program, e.Expected[0], e.Text, e.Lang, ExampleSource.Builtin))],
        fingerprint);

    private static string FingerprintOf(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
