namespace CategoryMatch.Tests.Support;

/// <summary>Where the repository's data and the shared evaluation files are, found from the test binary.</summary>
public static class TestPaths
{
    /// <summary>The folder holding CategoryMatch.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's data folder.</summary>
    public static string Data => Path.Combine(RepositoryRoot, "data");

    /// <summary>The shared folder beside the repository (seeds, category ids, eval set).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CategoryMatch.sln"))) return dir.FullName;
        throw new InvalidOperationException("CategoryMatch.sln was not found above the test binary.");
    }
}
