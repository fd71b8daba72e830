namespace CategoryMatch.Cli.Commands;

/// <summary>One-line error messages and the exit codes that go with them.</summary>
public static class CliErrors
{
    /// <summary>Exit code for a file that is missing or cannot be read.</summary>
    public const int BadInput = 2;

    /// <summary>Reports a missing input file.</summary>
    public static async Task<int> MissingFileAsync(FileInfo file)
    {
        await Console.Error.WriteLineAsync($"error: the file '{file.FullName}' does not exist.");
        return BadInput;
    }

    /// <summary>Reports an input that cannot be used.</summary>
    public static async Task<int> BadInputAsync(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}");
        return BadInput;
    }
}
