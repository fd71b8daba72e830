using System.CommandLine;
using System.Diagnostics;
using CategoryMatch.Core;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>learning-curve [--writer W01] [--steps 0,3,10,30] [--k N] [--organiser-weight X] [--programmes a,b] [--no-trust]</c>:
/// leaves one writer out of training and of the builtin examples, adds 0, 3, 10, 30 of that writer's
/// texts per category as organiser examples, and prints top-1 on the writer's texts at each step,
/// overall and per language (<see cref="LearningCurve"/>), each programme's trust in the examples estimated on
/// them as the service does (<see cref="OrganiserTrust"/>) unless <c>--no-trust</c>.
/// </summary>
public static class LearningCurveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var writer = new Option<string[]>("--writer") { Description = "The writer(s) left out, one curve each (default W01; 'all' for every writer).", AllowMultipleArgumentsPerToken = true };
        var steps = new Option<string>("--steps") { Description = "Organiser examples per category at each step.", DefaultValueFactory = _ => "0,3,10,30" };
        var k = new Option<int?>("--k") { Description = "Nearest examples that vote (default: Examples:Vote's)." };
        var weight = new Option<float?>("--organiser-weight") { Description = "Weight of an organiser's example in the vote (default: Examples:Vote's)." };
        var noTrust = new Option<bool>("--no-trust") { Description = "Keep every programme's trust in its organiser examples at 1 (the fusion as trained) instead of estimating it on them." };
        var programmes = new Option<string?>("--programmes") { Description = "Only these programmes' texts, comma-separated (a quicker run)." };
        var command = new Command("learning-curve", "How top-1 on a writer never trained on rises as that writer's texts are added as organiser examples.")
            { data, writer, steps, k, weight, programmes, noTrust };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var model = RecommenderModel.Load(dataDirectory, learnedModel: null);
            LabelledCorpus corpus;
            try { corpus = LabelledCorpus.Read(Path.Combine(dataDirectory, "examples"), model.Catalog); }
            catch (InvalidDataException e) { await Console.Error.WriteLineAsync($"error: {e.Message}"); return 3; }
            if (!TryParseSteps(parse.GetValue(steps)!, out var stepList))
            {
                await Console.Error.WriteLineAsync("error: --steps takes non-negative whole numbers separated by commas, e.g. 0,3,10,30.");
                return 2;
            }
            var only = parse.GetValue(programmes)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = only?.Where(p => model.Catalog.FindProgramme(p) is null).ToList() ?? [];
            if (unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"error: unknown programme(s) {string.Join(", ", unknown)}.");
                return 2;
            }
            var examples = only is null ? corpus.Examples : [.. corpus.Examples.Where(e => only.Contains(e.Program))];
            var vote = new ExampleVoteOptions();
            if (parse.GetValue(k) is { } kk) vote.K = kk;
            if (parse.GetValue(weight) is { } ow) vote.OrganiserWeight = ow;
            var writers = parse.GetValue(writer) is { Length: > 0 } named ? named : ["W01"];
            // A curve needs the writer's in-domain texts in the programmes asked for (S05 wrote only ru-cca's).
            var withTexts = examples.Where(e => e.InDomain).Select(e => e.Writer).Distinct().Order(StringComparer.Ordinal).ToList();
            if (writers is ["all"]) writers = [.. withTexts];
            var missing = writers.Where(x => !corpus.Writers.Contains(x)).ToList();
            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync($"error: no writer {string.Join(", ", missing)} in the corpus (writers: {string.Join(", ", corpus.Writers)}).");
                return 2;
            }
            var elsewhere = writers.Where(x => !withTexts.Contains(x)).ToList();
            if (elsewhere.Count > 0)
            {
                await Console.Error.WriteLineAsync($"error: writer {string.Join(", ", elsewhere)} wrote no in-domain text of " +
                    $"{(only is null ? "any programme" : string.Join(", ", only))}.");
                return 2;
            }

            var trustOptions = parse.GetValue(noTrust) ? null : new OrganiserTrustOptions();
            var clock = Stopwatch.StartNew();
            var encoded = new EncodedCorpus(model, examples);
            var learning = new LearningOptions { Vote = vote };
            Console.WriteLine($"k {vote.K}, organiser examples weigh {vote.OrganiserWeight}; {(only is null ? "every programme" : string.Join(", ", only))}");
            foreach (var w in writers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                LearnedRanker? ranker = null;
                var curve = LearningCurve.Run(model, encoded, examples, w, stepList, learning, new RankingOptions(), r => ranker = r, trustOptions,
                    (n, mean) => Console.WriteLine($"  organiser trust at {n} per category: {mean:0.##} (mean over the scored texts' estimates)"));
                Console.WriteLine($"writer {w} (left out of training and of the builtin examples); fusion weights: " +
                    string.Join(" ", FusionFeatures.Names.Select((name, i) => $"{name}={ranker!.Fusion.Weights[i]:0.##}")));
                Console.Write(LearningCurve.Format(curve));
                var (ownTexts, otherWriters) = LearningCurve.NearestNeighbourAgreement(model, encoded, examples, w);
                Console.WriteLine($"  a text's nearest neighbour is in its category: {ownTexts:P1} among the writer's other texts, {otherWriters:P1} among the other writers' texts");
            }
            Console.WriteLine($"time: {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }

    private static bool TryParseSteps(string text, out IReadOnlyList<int> steps)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, out var n) || n < 0)
            {
                steps = [];
                return false;
            }
            list.Add(n);
        }
        steps = list;
        return list.Count > 0;
    }
}
