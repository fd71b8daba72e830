using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using CategoryMatch.Core;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>evaluate FILE [--api URL]</c>: scores a file in the format of shared/eval/dev.jsonl with the
/// metrics of its README, in process or against a running API, and prints them by kind and language.
/// <c>evaluate --cross-writers</c>: the held-out-writer protocol over data/examples (<see cref="CrossWritersRun"/>).
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "A JSON-lines file of labelled cases (shared/eval/dev.jsonl format).", Arity = ArgumentArity.ZeroOrOne };
        var crossWriters = new Option<bool>("--cross-writers") { Description = "Leave the writers of data/examples out in turn (--writer-groups at a time): train on the others, score the writers' texts." };
        var groups = WriterGroups.Option();
        var sweep = new Option<bool>("--sweep") { Description = "With --cross-writers: no-match off, then tables of no-match and audit thresholds on the held-out rows." };
        var similarity = new Option<bool>("--similarity") { Description = "With --cross-writers: rank by similarity with the confidence model (the ranking before the learned one)." };
        var api = new Option<Uri?>("--api") { Description = "Ask a running API at this base URL instead of the in-process recommender." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var quiet = new Option<bool>("--no-misses") { Description = "Do not list the cases that failed." };
        var learnedModel = new Option<string?>("--learned-model")
        {
            Description = $"In process: the learned ranking, relative to the data folder (default {LearnedModelFile.DefaultPath}; '' ranks by similarity). Compared with the similarity ranking.",
            DefaultValueFactory = _ => LearnedModelFile.DefaultPath,
        };
        var command = new Command("evaluate", "Score labelled summaries: top-1, top-3, MRR, redirects, no-match; by kind and language.")
        {
            file, api, data, quiet, learnedModel, crossWriters, similarity, sweep, groups,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(crossWriters))
                return await CrossWritersRun.RunAsync(parse.GetValue(data)?.FullName, !parse.GetValue(quiet), parse.GetValue(similarity), parse.GetValue(sweep),
                    parse.GetValue(groups), cancellationToken);
            if (parse.GetValue(file) is not { } path)
            {
                await Console.Error.WriteLineAsync("error: give a file of labelled cases, or --cross-writers.");
                return 2;
            }
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: the file '{path.FullName}' does not exist.");
                return 2;
            }
            var cases = EvaluationCase.ReadFile(path.FullName);
            if (parse.GetValue(api) is { } baseUrl)
            {
                var remote = await Evaluator.RunAsync(cases, OverHttp(new HttpClient { BaseAddress = baseUrl }), cancellationToken);
                Console.Write(remote.Format(listMisses: !parse.GetValue(quiet)));
                return 0;
            }
            var recommender = InProcess(parse.GetValue(data)?.FullName, parse.GetValue(learnedModel));
            var report = await Evaluator.RunAsync(cases, Evaluator.InProcess(recommender), cancellationToken);
            Console.WriteLine($"ranking: {recommender.Ranking}");
            Console.Write(report.Format(listMisses: !parse.GetValue(quiet)));
            if (recommender.Model.Learned is not null)
            {
                // Before and after: the same cases ranked by similarity, as without the learned ranking.
                var similarity = new CategoryRecommender(recommender.Model.WithLearned(null), new InMemoryCategoryIndex(recommender.Model.CategoryVectors), new RankingOptions());
                var before = await Evaluator.RunAsync(cases, Evaluator.InProcess(similarity), cancellationToken);
                Console.WriteLine($"compared with the {similarity.Ranking} ranking (no learned model):");
                Console.Write(before.Format(listMisses: false));
            }
            return 0;
        });
        return command;
    }

    private static CategoryRecommender InProcess(string? dataDirectory, string? learnedModel) => CliModel.Recommender(dataDirectory, learnedModel);

    private static Func<EvaluationCase, CancellationToken, Task<EvaluationAnswer>> OverHttp(HttpClient http) =>
        async (c, ct) =>
        {
            using var response = await http.PostAsJsonAsync("/api/recommendations",
                new { text = c.Text, program = c.Program, top = Evaluator.Top, filedCategory = c.Filed }, ct);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = json.RootElement;
            var redirect = root.GetProperty("redirect");
            return new EvaluationAnswer(
                root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("categoryId").GetString()!).ToList(),
                root.GetProperty("noMatch").GetBoolean(),
                redirect.ValueKind == JsonValueKind.Object ? redirect.GetProperty("from").GetString() : null,
                redirect.ValueKind == JsonValueKind.Object ? redirect.GetProperty("to").GetString() : null,
                root.GetProperty("language").GetString()!,
                root.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : double.NaN);
        };
}
