using CategoryMatch.Core;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// The inputs every benchmark and the comparison share: the model, the dev-set cases and texts of
/// fixed lengths built from them, so ours and the peer always see the same entries.
/// </summary>
public sealed class Workload
{
    /// <summary>Seed of every shuffle, so runs are repeatable.</summary>
    public const int Seed = 20_240_501;

    private Workload(string dataDirectory, RecommenderModel model, IReadOnlyList<EvaluationCase> cases)
    {
        DataDirectory = dataDirectory;
        Model = model;
        Cases = cases;
        // As the API serves: the builtin corpus votes through the embedded example index.
        Recommender = new CategoryRecommender(model, new InMemoryCategoryIndex(model.CategoryVectors), new RankingOptions(),
            InMemoryExampleIndex.FromCorpusFolder(model, dataDirectory));
    }

    public string DataDirectory { get; }
    public RecommenderModel Model { get; }
    public IReadOnlyList<EvaluationCase> Cases { get; }
    public CategoryRecommender Recommender { get; }

    /// <summary>Loads data/ and shared/eval/dev.jsonl, found by walking up from the working directory.</summary>
    public static Workload Load()
    {
        var data = RecommenderModel.LocateDataDirectory(Environment.GetEnvironmentVariable("CATEGORYMATCH_DATA"), FindRepo());
        var dev = Environment.GetEnvironmentVariable("CATEGORYMATCH_DEVSET") ?? Path.GetFullPath(Path.Combine(data, "..", "..", "shared", "eval", "dev.jsonl"));
        if (!File.Exists(dev)) throw new FileNotFoundException($"The dev set was not found at '{dev}'; set CATEGORYMATCH_DEVSET.", dev);
        return new Workload(data, RecommenderModel.Load(data), EvaluationCase.ReadFile(dev));
    }

    // BenchmarkDotNet runs the benchmarks from a generated folder under bin/, so walk up from the
    // working directory first and from the assembly second.
    private static string FindRepo()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "data", "categories"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }

    /// <summary>
    /// A summary of about <paramref name="length"/> characters in <paramref name="language"/>: that
    /// language's dev texts joined in file order, cut at the last word boundary before the length.
    /// </summary>
    public string TextOf(string language, int length)
    {
        var texts = Cases.Where(c => c.Lang == language && c.Kind != "out-of-domain").Select(c => c.Text).ToList();
        if (texts.Count == 0) throw new ArgumentException($"No dev text in '{language}'.", nameof(language));
        var joined = new System.Text.StringBuilder();
        for (var i = 0; joined.Length < length; i++) joined.Append(texts[i % texts.Count]).Append(' ');
        var cut = joined.ToString(0, length + 1).LastIndexOf(' ');
        return joined.ToString(0, cut).TrimEnd();
    }

    /// <summary>
    /// <paramref name="count"/> requests made from the dev-set cases, shuffled with a fixed seed and
    /// repeated; with the case each came from.
    /// </summary>
    public IReadOnlyList<EvaluationCase> EntrySet(int count)
    {
        var random = new Random(Seed);
        var entries = new List<EvaluationCase>(count);
        while (entries.Count < count)
        {
            var round = Cases.ToArray();
            random.Shuffle(round);
            entries.AddRange(round.Take(count - entries.Count));
        }
        return entries;
    }

    /// <summary>The request a case makes, as the evaluation makes it (top 5, filed category when given).</summary>
    public static RecommendationRequest RequestOf(EvaluationCase c) => new(c.Text, c.Program, Evaluator.Top, c.Filed);
}
