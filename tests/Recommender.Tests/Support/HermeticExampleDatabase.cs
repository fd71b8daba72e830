using System.Runtime.CompilerServices;

namespace CategoryMatch.Tests.Support;

/// <summary>
/// Every API host the tests start keeps its examples in a temporary database of this test run, not in
/// the source tree's <c>var/examples.db</c>: a host that names its own file (<c>Examples:Database</c>) still wins.
/// </summary>
public static class HermeticExampleDatabase
{
    /// <summary>The run's shared database file.</summary>
    public static string Path { get; } = System.IO.Path.Combine(Directory.CreateTempSubdirectory("categorymatch-examples-").FullName, "examples.db");

    [ModuleInitializer]
    internal static void UseTemporaryDatabase()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Examples__Database")))
            Environment.SetEnvironmentVariable("Examples__Database", Path);
    }
}
