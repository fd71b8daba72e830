using System.Diagnostics;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Learning;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>evaluate --cross-writers</c>: reads data/examples, and for every writer trains everything that
/// learns on the other writers' texts and scores that writer's texts; prints the protocol's figures
/// overall and by language, programme, genre, length, kind and writer.
/// </summary>
public static class CrossWritersRun
{
    /// <summary>
    /// Runs the protocol; 0 on success, 3 when the corpus cannot be read. With <paramref name="similarity"/>,
    /// ranks by similarity alone (the ranking before the learned one), with nothing to train.
    /// </summary>
    public static async Task<int> RunAsync(string? dataDirectory, bool listMisses, bool similarity, bool sweep, int writerGroups, CancellationToken cancellationToken)
    {
        var data = RecommenderModel.LocateDataDirectory(dataDirectory, Environment.CurrentDirectory);
        var model = RecommenderModel.Load(data, learnedModel: null);
        LabelledCorpus corpus;
        try { corpus = LabelledCorpus.Read(Path.Combine(data, "examples"), model.Catalog); }
        catch (InvalidDataException e) { await Console.Error.WriteLineAsync($"error: {e.Message}"); return 3; }

        var clock = Stopwatch.StartNew();
        Console.WriteLine($"corpus: {corpus.Examples.Count} texts by {corpus.Writers.Count} writers ({corpus.Examples.Count(e => !e.InDomain)} out of domain); " +
                          $"each writer scored by models trained without it ({(writerGroups > 0 ? $"writers dealt into {writerGroups} held-out groups" : "one writer left out at a time")}; {(similarity ? "similarity ranking: nothing learned, every writer scored alike" : "learned ranking, every part retrained per fold")})");
        // A sweep needs every probability as the model gave it: no-match off, so nothing is capped.
        var ranking = sweep ? new RankingOptions { NoMatchInDomain = 0, NoMatchProbability = 0, MinSimilarity = 0, LowDomainSignal = 0 } : new RankingOptions();
        var index = new InMemoryCategoryIndex(model.CategoryVectors);
        RecommenderTrainer trainer = similarity
            ? _ => new CategoryRecommender(model, index, ranking)   // nothing to learn
            : LearnedFolds.Trainer(model, new EncodedCorpus(model, corpus.Examples), new LearningOptions(), ranking);
        var report = await CrossWriterEvaluation.RunAsync(corpus, model.Catalog, trainer, new AuditOptions(), w => Console.Error.Write($"{w} "), cancellationToken, writerGroups);
        Console.Error.WriteLine();
        Console.Write(report.Format(listMisses));
        if (sweep)
        {
            Console.WriteLine("no-match thresholds (a text is out of domain when its in-domain probability or its best category's probability is below):");
            Console.Write(ThresholdSweep.NoMatch(report.Rows, [0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7], [0, 0.05, 0.1, 0.15, 0.2, 0.3]));
            Console.WriteLine("no-match only when both are below (a likely category keeps a text the detector doubts):");
            Console.Write(ThresholdSweep.NoMatchUnlessACategoryIsLikely(report.Rows, [0.5, 0.6, 0.7, 0.8], [0.3, 0.4, 0.5, 0.6, 0.7, 1.01]));
            Console.WriteLine("audit thresholds (misfiled when the filed category is below maxFiled and the best reaches minConf):");
            double[] maxFiled = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2], minConfidence = [0.3, 0.5, 0.6, 0.7, 0.8];
            Console.Write(ThresholdSweep.Audit(report.Rows, maxFiled, minConfidence));
            // The season writers' archives are what an organiser audits (one entrant per story, ~1 in 10 moved by the
            // jury); the corpus writers wrote their misfilings to look like the neighbour, so the two differ.
            var archives = report.Rows.Where(r => r.Example.Season).ToList();
            Console.WriteLine($"audit thresholds on the season writers' archives alone ({archives.Count} texts):");
            Console.Write(ThresholdSweep.Audit(archives, maxFiled, minConfidence));
            Console.WriteLine("redirects kept only while the filed category's probability is below the gate (audit at the default thresholds):");
            Console.Write(ThresholdSweep.RedirectGate(report.Rows, new AuditOptions(), [1.01, 0.95, 0.9, 0.8, 0.7, 0.5, 0.3]));
        }
        Console.WriteLine($"time: {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
