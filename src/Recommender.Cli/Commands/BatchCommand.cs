using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>batch entries.csv [-o ranked.csv|ranked.jsonl] [--top N]</c>: ranks the categories for every entry
/// of a CSV (header id,program,text; filedCategory optional) across cores, in input order, exactly as the API does.
/// </summary>
public static class BatchCommand
{
    // Text as text, as the API answers it: every script unescaped, HTML-sensitive characters escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JsonText.Encoder };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("entries") { Description = "A CSV with header id,program,text (filedCategory optional), UTF-8." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the rankings: .csv (one line per ranked category) or .jsonl (one line per entry); default CSV on stdout." };
        var top = new Option<int>("--top") { Description = "Categories per entry (1..50).", DefaultValueFactory = _ => 5 };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var command = new Command("batch", "Rank the categories for every entry of a CSV file.") { file, output, top, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists) return await CliErrors.MissingFileAsync(input);
            var n = parse.GetValue(top);
            if (n is < 1 or > 50) return await CliErrors.BadInputAsync($"--top must be between 1 and 50; it was {n}.");
            var destination = parse.GetValue(output);
            if (destination is not null && destination.Extension is not (".csv" or ".jsonl"))
                return await CliErrors.BadInputAsync($"the output '{destination.Name}' must end in .csv or .jsonl.");
            List<EntryCsvRow> rows;
            try { rows = await EntryFile.ReadAsync(input, filedCategoryRequired: false, cancellationToken); }
            catch (EntryCsvException e) { return await CliErrors.BadInputAsync($"{input.Name}: {e.Message}"); }

            var recommender = CliModel.Recommender(parse.GetValue(data)?.FullName);
            var valid = new List<(int Line, string? Id, RecommendationRequest Request)>();
            foreach (var (line, entry, problem, _) in rows)
            {
                if (entry is null) continue;
                var request = new RecommendationRequest(entry.Text, entry.Program, n, entry.FiledCategory is "" ? null : entry.FiledCategory);
                var wrong = string.IsNullOrWhiteSpace(entry.Text) ? "text: the text of the summary is required." : Validate(recommender, request);
                if (wrong is null) valid.Add((line, entry.Id, request));
                else await Console.Error.WriteLineAsync($"{input.Name}: line {line}: {wrong}");
            }

            var results = await ProgressRunner.RunAsync("Ranking", valid.Count,
                progress => new BatchRecommender(recommender).RecommendAsync(valid.Select(v => v.Request).ToList(), progress, cancellationToken));
            await using (var stream = destination is null ? Console.OpenStandardOutput() : destination.Create())
            {
                if (destination?.Extension == ".jsonl") await WriteJsonLinesAsync(stream, valid, results, cancellationToken);
                else await WriteCsvAsync(stream, valid, results, cancellationToken);
            }
            await Console.Error.WriteLineAsync($"{results.Length} ranked, {rows.Count - results.Length} not ranked" +
                (destination is null ? "" : $"; rankings in {destination.FullName}"));
            return rows.Count == results.Length ? 0 : 1;
        });
        return command;
    }

    private static string? Validate(CategoryRecommender recommender, RecommendationRequest request)
    {
        try { recommender.Validate(request); return null; }
        catch (ArgumentException e) { return $"{e.ParamName switch { "FiledCategory" => "filedCategory", "Program" => "program", var p => p }}: {e.Message.Split(" (Parameter")[0]}"; }
    }

    private static async Task WriteCsvAsync(Stream stream, List<(int Line, string? Id, RecommendationRequest Request)> entries,
        RecommendationResult[] results, CancellationToken cancellationToken)
    {
        await using var csv = SpreadsheetCsvWriter.Create(stream);
        csv.WriteHeader(["line", "id", "rank", "categoryId", "title", "titleEn", "confidence", "noMatch", "redirectedFrom"]);
        for (var i = 0; i < results.Length; i++)
            for (var rank = 0; rank < results[i].Results.Count; rank++)
            {
                var r = results[i].Results[rank];
                await csv.WriteRecordAsync([entries[i].Line.ToString(CultureInfo.InvariantCulture), entries[i].Id,
                    (rank + 1).ToString(CultureInfo.InvariantCulture), r.Category.Id, r.Category.Title, r.Category.TitleEn,
                    r.Score.ToString("0.####", CultureInfo.InvariantCulture), results[i].NoMatch ? "true" : "false", r.RedirectedFrom], cancellationToken);
            }
        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteJsonLinesAsync(Stream stream, List<(int Line, string? Id, RecommendationRequest Request)> entries,
        RecommendationResult[] results, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, leaveOpen: true);
        for (var i = 0; i < results.Length; i++)
        {
            var x = results[i];
            var line = new
            {
                entries[i].Id, entries[i].Line, x.Language, x.NoMatch, x.Confidence,
                Results = x.Results.Select(r => new { CategoryId = r.Category.Id, r.Category.Title, r.Category.TitleEn, Confidence = r.Score, r.RedirectedFrom }),
            };
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, Json).AsMemory(), cancellationToken);
        }
    }
}
