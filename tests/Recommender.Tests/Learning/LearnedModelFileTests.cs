using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>A trained ranking survives its file, and a damaged file stops start-up naming the file.</summary>
public sealed class LearnedModelFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ranker-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ARankerReadBackFromItsFileReadsEveryTextAsTheTrainedOneDoes()
    {
        var corpus = SmallProgrammes.Examples;
        var ranker = SmallProgrammes.Ranker;
        var path = Path.Combine(_folder, "ranker.bin");

        LearnedModelFile.Save(ranker, path);
        var loaded = LearnedModelFile.Load(path);

        foreach (var e in corpus.Where((_, i) => i % 60 == 0))
        {
            var entry = Models.Real.Encoder.Encode(e.Text);
            var (a, b) = (ranker.Read(entry), loaded.Read(entry));
            Assert.Equal(a.InDomain, b.InDomain);
            Assert.Equal(a.Subject, b.Subject);
            var category = Models.Real.Catalog.FindCategory(e.Expected.FirstOrDefault() ?? "gr-csa:1")!;
            Assert.Equal(a.Classify(category), b.Classify(category));
        }
        Assert.Equal(ranker.Fusion.Weights, loaded.Fusion.Weights);
    }

    [Fact]
    public void ATruncatedFileIsADataFileErrorNamingTheFile()
    {
        var path = Path.Combine(_folder, "ranker.bin");
        LearnedModelFile.Save(SmallProgrammes.Ranker, path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<DataFileException>(() => LearnedModelFile.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("categorymatch train", error.Message);
    }

    [Fact]
    public void AFileOfAnotherKindIsRefused()
    {
        var path = Path.Combine(_folder, "ranker.bin");
        File.WriteAllText(path, "not a model");

        Assert.Throws<DataFileException>(() => LearnedModelFile.Load(path));
    }
}
