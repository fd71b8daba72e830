using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Trains everything that learns on <paramref name="training"/> and returns the recommender that uses
/// it: what held-out-writer evaluation calls once per fold, so no fold's models see the held-out writer.
/// </summary>
public delegate CategoryRecommender RecommenderTrainer(IReadOnlyList<CorpusExample> training);
