using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Ranking;

public sealed class BatchRecommenderTests
{
    [Fact]
    public async Task ABatchRanksEveryEntryAsASingleRequestWouldInInputOrder()
    {
        var recommender = Models.Recommender();
        var requests = EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl"))
            .Select(c => new RecommendationRequest(c.Text, c.Program, 5, c.Filed)).ToList();

        var batch = await new BatchRecommender(recommender).RecommendAsync(requests);

        Assert.Equal(requests.Count, batch.Length);
        for (var i = 0; i < requests.Count; i++)
        {
            var single = await recommender.RecommendAsync(requests[i]);
            Assert.Equal(single.Results.Select(r => (r.Category.Id, r.Score)), batch[i].Results.Select(r => (r.Category.Id, r.Score)));
            Assert.Equal(single.NoMatch, batch[i].NoMatch);
        }
    }

    [Fact]
    public async Task ProgressCountsEveryEntry()
    {
        var requests = Enumerable.Repeat(new RecommendationRequest("Our chatbot answers customers in the app.", "ru-cca"), 20).ToList();
        var reported = new List<int>();

        await new BatchRecommender(Models.Recommender()).RecommendAsync(requests, new SynchronousProgress(reported));

        Assert.Equal(20, reported.Count);
        Assert.Equal(20, reported.Max());
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) { lock (seen) seen.Add(value); }
    }
}
