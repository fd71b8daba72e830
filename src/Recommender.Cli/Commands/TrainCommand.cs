using System.CommandLine;
using System.Diagnostics;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>train [--data DIR] [--seed N] [--no-cross-writers] [--writer-groups N]</c>: trains the learned ranking on data/examples,
/// measures it on held-out writers, and writes the model and its card to data/models.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var seed = new Option<int>("--seed") { Description = "Seed of every trainer.", DefaultValueFactory = _ => new LearningOptions().Seed };
        var skip = new Option<bool>("--no-cross-writers") { Description = "Skip the held-out-writer figures (the card then has none)." };
        var groups = WriterGroups.Option();
        var command = new Command("train", "Train the learned ranking from data/examples and write it, with its card, to data/models.") { data, seed, skip, groups };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var model = RecommenderModel.Load(dataDirectory, learnedModel: null);
            LabelledCorpus corpus;
            try { corpus = LabelledCorpus.Read(Path.Combine(dataDirectory, "examples"), model.Catalog); }
            catch (InvalidDataException e) { await Console.Error.WriteLineAsync($"error: {e.Message}"); return 3; }
            var options = new LearningOptions { Seed = parse.GetValue(seed), HeldOutWriterGroups = parse.GetValue(groups) };
            var clock = Stopwatch.StartNew();
            var encoded = new EncodedCorpus(model, corpus.Examples);

            HeldOutReport? heldOut = null;
            if (!parse.GetValue(skip))
            {
                Console.Error.Write("held-out writers: ");
                heldOut = await CrossWriterEvaluation.RunAsync(corpus, model.Catalog, LearnedFolds.Trainer(model, encoded, options, new RankingOptions()),
                    new AuditOptions(), w => Console.Error.Write($"{w} "), cancellationToken, options.HeldOutWriterGroups);
                Console.Error.WriteLine();
                Console.Write(heldOut.Format());
            }
            var ranker = new LearnedRankerTrainer(model, encoded, options).Train(corpus.Examples);
            var path = Path.Combine(dataDirectory, LearnedModelFile.DefaultPath);
            LearnedModelFile.Save(ranker, path);
            LearnedModelFile.Load(path);   // read back: what the product will load
            var card = Path.ChangeExtension(path, ".md");
            var commandLine = "dotnet run --project src/Recommender.Cli -- train" + (parse.GetValue(seed) != new LearningOptions().Seed ? $" --seed {options.Seed}" : "")
                + (options.HeldOutWriterGroups != new LearningOptions().HeldOutWriterGroups ? $" --writer-groups {options.HeldOutWriterGroups}" : "");
            await File.WriteAllTextAsync(card, ModelCard.Write(ranker, corpus, ModelCard.DataHash(dataDirectory), commandLine, options, heldOut, clock.Elapsed), cancellationToken);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes) and {card} in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }
}
