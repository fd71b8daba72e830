using CategoryMatch.Core.DataFiles;
using CategoryMatch.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CategoryMatch.Tests.Api;

public sealed class StartupTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "categorymatch-start-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public void ABrokenCatalogStopsStartUpNamingFileCategoryAndField()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Data, "*", SearchOption.AllDirectories))
        {
            var target = file.Replace(TestPaths.Data, _data);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var path = Path.Combine(_data, "categories", "lt-iba.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("code: \"E05\"", "code: \"\""));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Recommender:DataDirectory", _data));

        var error = Assert.Throws<DataFileException>(() => factory.CreateClient());

        Assert.Contains("lt-iba.yaml", error.Message);
        Assert.Contains("category #5: field 'code' is missing or empty", error.Message);   // E05, the fifth
    }
}
