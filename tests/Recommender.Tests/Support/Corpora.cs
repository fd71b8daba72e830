using CategoryMatch.Core.Learning;

namespace CategoryMatch.Tests.Support;

/// <summary>The labelled corpus of data/examples, read once for all tests (it is immutable).</summary>
public static class Corpora
{
    private static readonly Lazy<LabelledCorpus> Shared = new(() =>
        LabelledCorpus.Read(Path.Combine(TestPaths.Data, "examples"), Models.Real.Catalog));

    /// <summary>The corpus that ships in data/examples.</summary>
    public static LabelledCorpus Builtin => Shared.Value;
}
