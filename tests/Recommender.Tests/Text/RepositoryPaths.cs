namespace CategoryMatch.Tests.Text;

/// <summary>Where the repository's language data is, found by walking up from the test binary.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding CategoryMatch.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>data/languages of the repository.</summary>
    public static string Languages => Path.Combine(Root, "data", "languages");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CategoryMatch.sln"))) return dir.FullName;
        throw new InvalidOperationException("CategoryMatch.sln was not found above the test binary.");
    }
}
