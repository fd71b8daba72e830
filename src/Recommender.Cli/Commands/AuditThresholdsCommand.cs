using System.CommandLine;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>audit-thresholds FILE</c>: audits labelled cases (shared/eval/dev.jsonl) under a grid of filedProbabilities and
/// minimum confidences and prints accuracy, precision and recall of flagging, to choose the audit's defaults.
/// </summary>
public static class AuditThresholdsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON-lines file of labelled cases (shared/eval/dev.jsonl format)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var command = new Command("audit-thresholds", "Measure the audit on labelled cases for candidate thresholds.") { file, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return await CliErrors.MissingFileAsync(path);
            var auditor = CliModel.Auditor(parse.GetValue(data)?.FullName);
            var cases = EvaluationCase.ReadFile(path.FullName);
            double[] filedProbabilities = [0.01, 0.02, 0.05, 0.08, 0.10, 0.15, 0.20, 0.30];
            double[] minConfidences = [0.0, 0.5, 0.6, 0.7];
            var scores = await AuditMeasurement.SweepAsync(auditor, cases, filedProbabilities, minConfidences, cancellationToken);
            Console.Write(AuditMeasurement.Format(scores));
            var current = auditor.Options;
            Console.WriteLine($"defaults: maxFiledProbability {current.MaxFiledProbability:0.00}, minConfidence {current.MinConfidence:0.00}");
            return 0;
        });
        return command;
    }
}
