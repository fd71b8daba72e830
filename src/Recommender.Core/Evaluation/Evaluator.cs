using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Evaluation;

/// <summary>Asks a recommender about every case, the way the eval README says (top 5, filed when given).</summary>
public static class Evaluator
{
    /// <summary>Number of results asked for per case.</summary>
    public const int Top = 5;

    /// <summary>Runs every case through <paramref name="ask"/> and scores the answers.</summary>
    public static async Task<EvaluationReport> RunAsync(
        IEnumerable<EvaluationCase> cases, Func<EvaluationCase, CancellationToken, Task<EvaluationAnswer>> ask,
        CancellationToken cancellationToken = default)
    {
        var report = new EvaluationReport();
        foreach (var c in cases) report.Add(c, await ask(c, cancellationToken));
        return report;
    }

    /// <summary>Asks <paramref name="recommender"/> in process.</summary>
    public static Func<EvaluationCase, CancellationToken, Task<EvaluationAnswer>> InProcess(CategoryRecommender recommender) =>
        async (c, ct) =>
        {
            var result = await recommender.RecommendAsync(new RecommendationRequest(c.Text, c.Program, Top, c.Filed), ct);
            return new EvaluationAnswer(result.Results.Select(r => r.Category.Id).ToList(), result.NoMatch,
                result.Redirect?.From, result.Redirect?.To, result.Language, result.Confidence);
        };
}
