using CategoryMatch.Tests.Support;
using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class LanguageResourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("languages-").FullName;

    [Fact]
    public void TheRepositoryDataLoadsForEveryLanguage()
    {
        var resources = LanguageResources.Load(Path.Combine(TestPaths.Data, "languages"));

        Assert.Equal(["el", "lt", "ru", "tr", "en"], resources.Languages);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        CopyAllBut("tr");

        var error = Assert.Throws<DataFileException>(() => LanguageResources.Load(_folder));

        Assert.Contains("languages/tr.yaml", error.Message);
    }

    [Fact]
    public void AnUnknownFieldIsNamedWithItsFile()
    {
        CopyAllBut();
        File.AppendAllText(Path.Combine(_folder, "ru.yaml"), "\nstopWordz: [и]\n");

        var error = Assert.Throws<DataFileException>(() => LanguageResources.Load(_folder));

        Assert.Contains("ru.yaml: line", error.Message);
        Assert.Contains("stopWordz", error.Message);
    }

    [Fact]
    public void AMissingMonthIsNamedWithItsField()
    {
        CopyAllBut();
        var path = Path.Combine(_folder, "en.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("[december]", ""));

        var error = Assert.Throws<DataFileException>(() => LanguageResources.Load(_folder));

        Assert.Contains("languages/en.yaml", error.Message);
        Assert.Contains("dates.months", error.Message);
    }

    [Fact]
    public void LithuanianNeedsItsSuffixList()
    {
        CopyAllBut();
        var path = Path.Combine(_folder, "lt.yaml");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..text.IndexOf("stemmer:", StringComparison.Ordinal)]);

        var error = Assert.Throws<DataFileException>(() => LanguageResources.Load(_folder));

        Assert.Contains("stemmer.suffixes", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CopyAllBut(string? left = null)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Data, "languages"), "*.yaml"))
            if (Path.GetFileNameWithoutExtension(file) != left)
                File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }
}
