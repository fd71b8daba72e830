using System.CommandLine;
using System.Globalization;
using CategoryMatch.Core;
using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;
using Microsoft.ML;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>train-confidence [--data DIR] [--out FILE]</c>: ranks every labelled example of data/training,
/// cross-validates, trains the confidence model on all of it and writes the model file.
/// </summary>
public static class TrainConfidenceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder); examples are read from its training/ folder." };
        var output = new Option<FileInfo?>("--out") { Description = $"Where to write the model (default: <data>/{ConfidenceWeights.DefaultPath})." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for the held-out figures.", DefaultValueFactory = _ => 5 };
        var command = new Command("train-confidence", "Train the calibrated confidence model from data/training and write it to data/models.")
        {
            data, output, folds,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(dataDirectory, ConfidenceWeights.DefaultPath);
            var trainingDirectory = Path.Combine(dataDirectory, "training");
            if (!Directory.Exists(trainingDirectory))
            {
                Console.Error.WriteLine($"error: no training folder at '{trainingDirectory}'.");
                return Task.FromResult(2);
            }
            // The features do not depend on the confidence model, and a broken old model must not block training a new one.
            var model = RecommenderModel.Load(dataDirectory, confidenceModel: null);
            var recommender = new CategoryRecommender(model, new InMemoryCategoryIndex(model.CategoryVectors), new RankingOptions());
            List<EvaluationCase> cases;
            try { cases = TrainingSet.Read(trainingDirectory, model.Catalog); }
            catch (InvalidDataException e) { Console.Error.WriteLine($"error: {e.Message}"); return Task.FromResult(3); }

            var rows = ConfidenceTrainer.Examples(recommender, cases);
            Console.WriteLine($"examples: {cases.Count} ({cases.Count(c => c.Expected.Count == 0)} out of domain) in {string.Join(", ", cases.GroupBy(c => c.Lang).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}; candidate rows: {rows.Count} ({rows.Count(r => r.Label)} positive)");

            var ml = new MLContext(seed: 1);
            var heldOut = ConfidenceCrossValidation.Run(ml, rows, parse.GetValue(folds));
            Console.Write(TrainingReport.Format(heldOut, new LogisticCurveConfidence(new RankingOptions()), parse.GetValue(folds)));

            var trained = ConfidenceTrainer.Fit(ml, rows);
            var metrics = ConfidenceTrainer.Evaluate(ml, trained, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"training fit (all rows): auc={metrics.AreaUnderRocCurve:F4} logloss={metrics.LogLoss:F4} accuracy={metrics.Accuracy:F4} f1={metrics.F1Score:F4}"));
            ConfidenceTrainer.Save(ml, trained, rows, path);
            var weights = ConfidenceWeights.Load(path);   // read back: what the product will load
            Console.WriteLine("weights: " + string.Join("  ", CandidateFeatures.Names.Select((n, i) =>
                string.Create(CultureInfo.InvariantCulture, $"{n}={weights.Weights[i]:0.###}"))) + string.Create(CultureInfo.InvariantCulture, $"  bias={weights.Bias:0.###}"));
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return Task.FromResult(0);
        });
        return command;
    }
}
