using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// The card written beside a trained model (as model hubs write them): what it was trained on (a hash
/// of every data file that shapes it), how (command, seed, options), and how well it does on writers it
/// never read.
/// </summary>
public static class ModelCard
{
    /// <summary>SHA-256 over the data files that shape a model (corpus, catalog, lexicon, languages), in path order.</summary>
    public static string DataHash(string dataDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { "examples", "categories", "concepts", "languages" })
        {
            var path = Path.Combine(dataDirectory, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{folder}/{Path.GetFileName(file)}\n"));
                sha.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The card as Markdown.</summary>
    public static string Write(LearnedRanker ranker, LabelledCorpus corpus, string dataHash, string command, LearningOptions options,
        HeldOutReport? heldOut, TimeSpan trainingTime)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("# ranker-v2: the learned ranking of CategoryMatch");
        s.AppendLine();
        s.AppendLine("Written by `categorymatch train`; read at start by the API, the CLI and the indexer (`Ranking:LearnedModel`).");
        s.AppendLine();
        s.AppendLine("## How it was made");
        s.AppendLine(inv, $"- command: `{command}`");
        s.AppendLine(inv, $"- data: data/examples ({corpus.Examples.Count} texts by {corpus.Writers.Count} writers, {corpus.Examples.Count(e => !e.InDomain)} out of domain), with data/categories, data/concepts and data/languages; SHA-256 of those files: `{dataHash}`");
        s.AppendLine(inv, $"- seed {options.Seed}; classifier L2 {options.ClassifierL2}, subject L2 {options.SubjectL2}, domain L2 {options.DomainL2} with out-of-domain texts weighing {options.OutOfDomainShare} of the in-domain ones in each language, fusion L2 {options.FusionL2}, {options.InnerFolds} writer groups for the fusion's rows");
        s.AppendLine(inv, $"- the examples' vote: the {options.Vote.K} nearest examples of the programme (ExampleVectors: concept and term cosine), each training text's vote from other writers' texts only (cross-fitting), with a simulated organiser's archive of {string.Join("/", options.SimulatedOrganiserExamples)} past entries per category (by a hash of the text's id) voting too: a season writer's own other texts ({corpus.Examples.Count(e => e.Season)} texts by {corpus.Examples.Where(e => e.Season).Select(e => e.Writer).Distinct().Count()} season writers), else other writers' texts the scoring classifiers never read");
        s.AppendLine(inv, $"- features: {ranker.Vocabulary.Count:N0} (stems, stem pairs, four-letter pieces, concepts, stated sizes; kept when ≥ {options.MinDocuments} texts by ≥ {options.MinWriters} writers use them)");
        s.AppendLine(inv, $"- parts: a classifier per programme ({string.Join(", ", ranker.Classifiers.Select(kv => $"{kv.Key}: {kv.Value.Classes.Count} categories"))}), the subject classifier ({string.Join(", ", ranker.Subjects.Classes)}), the in-domain detector, the fusion");
        s.AppendLine(inv, $"- training time (2 cores): {trainingTime.TotalSeconds:F0} s");
        s.AppendLine("- the dev set (shared/eval) was never read in training or in choosing any setting");
        s.AppendLine();
        s.AppendLine("## Fusion weights");
        s.AppendLine(string.Join("  ", FusionFeatures.Names.Select((n, i) => string.Create(inv, $"{n}={ranker.Fusion.Weights[i]:0.###}"))) +
                     string.Create(inv, $"  bias={ranker.Fusion.Bias:0.###}"));
        if (heldOut is not null)
        {
            s.AppendLine();
            s.AppendLine(options.HeldOutWriterGroups > 0
                ? string.Create(inv, $"## On writers it never read (the writers dealt into {options.HeldOutWriterGroups} groups, each scored by models trained on the other groups)")
                : "## On writers it never read (leave one writer out: each writer scored by models trained on the others)");
            s.AppendLine();
            s.AppendLine("```");
            s.Append(heldOut.Format());
            s.AppendLine("```");
        }
        s.AppendLine();
        s.AppendLine("## Limits");
        s.AppendLine(inv, $"- Every text of the corpus was written for this product by {corpus.Writers.Count} writers (data/examples/README.md); real entrants' texts differ. Texts from other publications judge it too.");
        s.AppendLine("- What the organisers' own vote is worth was learned from season writers, each one hand writing a programme's past entries; a real programme's archive will differ.");
        s.AppendLine("- The classifiers know the words the corpus uses; a category described in words no writer used relies on the concept lexicon and the catalog similarity.");
        return s.ToString();
    }
}
