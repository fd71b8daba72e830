using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Catalog;

/// <summary>A broken data file stops start-up with a message naming file, category and field.</summary>
public sealed class BrokenDataTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "categorymatch-data-" + Guid.NewGuid().ToString("N"));

    public BrokenDataTests() => CopyDirectory(TestPaths.Data, _data);

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private string CategoriesFile(string programme) => Path.Combine(_data, "categories", programme + ".yaml");

    [Fact]
    public void AMissingEnglishTitleIsReportedWithFileCategoryAndField()
    {
        var path = CategoriesFile("tr-cca");
        var lines = File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("titleEn:")).ToArray();
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<DataFileException>(() => RecommenderModel.Load(_data));

        Assert.Contains("tr-cca.yaml", error.Message);
        Assert.Contains("tr-cca:1", error.Message);
        Assert.Contains("titleEn", error.Message);
    }

    [Fact]
    public void AGivenNameOfTwoWordsIsReportedWithItsConcept()
    {
        var path = Path.Combine(_data, "concepts", "people.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Claire\"", "\"Mary Claire\""));

        var error = Assert.Throws<DataFileException>(() => RecommenderModel.Load(_data));

        Assert.Contains("named-person", error.Message);
        Assert.Contains("Mary Claire", error.Message);
    }

    [Fact]
    public void AMisspeltFieldIsReportedWithItsLine()
    {
        var path = CategoriesFile("gr-csa");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  - code: \"1\"", "  - kode: \"1\""));
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("kode:")) + 1;

        var error = Assert.Throws<DataFileException>(() => RecommenderModel.Load(_data));

        Assert.Contains($"gr-csa.yaml: line {line},", error.Message);
        Assert.Contains("kode", error.Message);
    }

    [Fact]
    public void ARedirectToACategoryThatDoesNotExistIsReported()
    {
        var path = CategoriesFile("ru-cca");
        File.WriteAllText(path, File.ReadAllText(path).Replace("to: \"13\"", "to: \"19\""));

        var error = Assert.Throws<DataFileException>(() => RecommenderModel.Load(_data));

        Assert.Contains("ru-cca:19", error.Message);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }
}
