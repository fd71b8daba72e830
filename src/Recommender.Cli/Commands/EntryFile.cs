using CategoryMatch.Core.Audit;

namespace CategoryMatch.Cli.Commands;

/// <summary>Reads an entries CSV for the <c>audit</c> and <c>batch</c> commands, reporting bad rows on stderr.</summary>
public static class EntryFile
{
    /// <summary>The rows of <paramref name="file"/>; rows that cannot be used are printed with their line numbers.</summary>
    /// <exception cref="EntryCsvException">The file as a whole cannot be read.</exception>
    public static async Task<List<EntryCsvRow>> ReadAsync(FileInfo file, bool filedCategoryRequired, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var rows = EntryCsv.Read(bytes, filedCategoryRequired);
        foreach (var row in rows.Where(r => r.Problem is not null))
            await Console.Error.WriteLineAsync($"{file.Name}: {row.Problem!.Message}");
        return rows;
    }

    /// <summary>Reports a row whose fields are wrong.</summary>
    public static Task ReportAsync(FileInfo file, int line, AuditProblem problem) =>
        Console.Error.WriteLineAsync($"{file.Name}: line {line}: {problem.Field}: {problem.Message}");
}
