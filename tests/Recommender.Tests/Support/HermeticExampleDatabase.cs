using System.Runtime.CompilerServices;
using CategoryMatch.Core.Examples;
using Microsoft.Data.Sqlite;

namespace CategoryMatch.Tests.Support;

/// <summary>
/// Every API host the tests start keeps its examples in a temporary database of this test run, not in
/// the source tree's <c>var/examples.db</c>: a host that names its own file (<c>Examples:Database</c>) still wins.
/// </summary>
public static class HermeticExampleDatabase
{
    /// <summary>The run's shared database file.</summary>
    public static string Path { get; } = System.IO.Path.Combine(Directory.CreateTempSubdirectory("categorymatch-examples-").FullName, "examples.db");

    // Seeded once per run, in this process, as a first start of the API seeds its file.
    private static readonly Lazy<string> Seeded = new(() =>
    {
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("categorymatch-seeded-").FullName, "examples.db");
        SqliteExampleStore.Open(path, BuiltinExamples.Read(System.IO.Path.Combine(TestPaths.Data, "examples"), Models.Real.Catalog),
            encoding: ExampleEncoding.Of(Models.Real, TestPaths.Data));
        return path;
    });

    /// <summary>
    /// Writes at <paramref name="path"/> a database as the API's first start leaves it (the builtin corpus and its
    /// vectors), copied with SQLite's backup from one seeded once per run: a host given it starts as a restarted
    /// API does, reading vectors instead of encoding the corpus again.
    /// </summary>
    public static void CopySeededTo(string path)
    {
        using var source = new SqliteConnection($"Data Source={Seeded.Value};Mode=ReadOnly;Pooling=False");
        using var target = new SqliteConnection($"Data Source={path};Pooling=False");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    [ModuleInitializer]
    internal static void UseTemporaryDatabase()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Examples__Database")))
            Environment.SetEnvironmentVariable("Examples__Database", Path);
    }
}
