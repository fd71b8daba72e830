using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// The learned ranking as held-out evaluation trains it: every part, the fusion included, once per fold,
/// with the fold's training texts (never the held-out writer's) as the builtin examples that vote.
/// </summary>
public static class LearnedFolds
{
    /// <summary>A trainer that fits the learned ranking on a fold and returns a recommender using it.</summary>
    public static RecommenderTrainer Trainer(RecommenderModel model, EncodedCorpus encoded, LearningOptions learning, RankingOptions ranking)
    {
        var trainer = new LearnedRankerTrainer(model, encoded, learning);
        var index = new InMemoryCategoryIndex(model.CategoryVectors);
        return training => new CategoryRecommender(model.WithLearned(trainer.Train(training)), index, ranking,
            InMemoryExampleIndex.Builtin(model, training, encoded), learning.Vote);
    }
}
