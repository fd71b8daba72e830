using System.CommandLine;
using CategoryMatch.Core.Audit;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>audit entries.csv [-o verdicts.csv]</c>: judges whether each entry is filed in the right category
/// and writes the verdicts as CSV (to stdout without <c>-o</c>); bad rows are reported with their line
/// numbers and written with verdict <c>error</c>, the other rows are still judged.
/// </summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("entries") { Description = "A CSV with header id,program,filedCategory,text (UTF-8)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the verdicts CSV (default: stdout)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var maxFiled = new Option<double?>("--max-filed-probability") { Description = $"Call an entry misfiled only when its filed category's confidence is below this (default {new AuditOptions().MaxFiledProbability})." };
        var command = new Command("audit", "Judge whether filed entries are in the right category; write verdicts as CSV.") { file, output, data, maxFiled };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists) return await CliErrors.MissingFileAsync(input);
            List<EntryCsvRow> rows;
            try { rows = await EntryFile.ReadAsync(input, filedCategoryRequired: true, cancellationToken); }
            catch (EntryCsvException e) { return await CliErrors.BadInputAsync($"{input.Name}: {e.Message}"); }

            var options = new AuditOptions();
            if (parse.GetValue(maxFiled) is { } m) options.MaxFiledProbability = m;
            var auditor = new CategoryAuditor(CliModel.Recommender(parse.GetValue(data)?.FullName), options);
            var lines = new AuditLine?[rows.Count];
            var valid = new List<(int Index, AuditEntry Entry)>();
            for (var i = 0; i < rows.Count; i++)
            {
                var (line, entry, problem, _) = rows[i];
                problem ??= entry is null ? null : auditor.Check(entry);
                if (problem is null && entry is not null) { valid.Add((i, entry)); continue; }
                if (entry is not null) await EntryFile.ReportAsync(input, line, problem!);
                lines[i] = new AuditLine(line, null, entry?.Id, entry?.FiledCategory, problem);
            }

            var results = await ProgressRunner.RunAsync("Auditing", valid.Count,
                progress => auditor.AuditAsync(valid.Select(v => v.Entry).ToList(), progress, cancellationToken));
            for (var k = 0; k < valid.Count; k++)
                lines[valid[k].Index] = new AuditLine(rows[valid[k].Index].Line, results[k], null, null, null);

            var destination = parse.GetValue(output);
            await using (var stream = destination is null ? Console.OpenStandardOutput() : destination.Create())
                await AuditCsv.WriteAsync(stream, lines!, cancellationToken);
            var counts = results.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => $"{AuditCsv.Name(g.Key)} {g.Count()}");
            await Console.Error.WriteLineAsync($"{results.Length} judged ({string.Join(", ", counts)}), {rows.Count - results.Length} not judged" +
                (destination is null ? "" : $"; verdicts in {destination.FullName}"));
            return rows.Count == results.Length ? 0 : 1;
        });
        return command;
    }
}
