using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>How the recommender, trained without this example's writer, answered it.</summary>
/// <param name="Example">The corpus example.</param>
/// <param name="Case">The example as an evaluation case, with its kind.</param>
/// <param name="Answer">The ranking asked as an entrant asks (filed category only when the text was filed).</param>
/// <param name="Audit">The audit's verdict with the entry filed in its filed category or else its first expected one; null for out-of-domain texts.</param>
/// <param name="AuditRanking">What that verdict was judged from (the best result and the filed one), so other thresholds can be tried without ranking again.</param>
public sealed record HeldOutRow(CorpusExample Example, EvaluationCase Case, EvaluationAnswer Answer, AuditResult? Audit, RecommendationResult? AuditRanking = null);
