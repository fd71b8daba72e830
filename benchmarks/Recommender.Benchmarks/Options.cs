using System.Globalization;

namespace CategoryMatch.Benchmarks;

/// <summary>The command-line options of the benchmark commands: <c>--name value</c>, and server settings after <c>--</c>.</summary>
internal static class Options
{
    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        String(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Whatever follows <c>--</c> goes to the server as configuration, e.g. <c>--HeavyWork:MaxConcurrent=1</c>.</summary>
    public static string[] ServerSettings(string[] args)
    {
        var at = Array.IndexOf(args, "--");
        return at < 0 ? [] : args[(at + 1)..];
    }
}
