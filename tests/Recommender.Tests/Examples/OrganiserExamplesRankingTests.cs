using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

/// <summary>An organiser's examples are used by the next recommendation, with nothing retrained.</summary>
public sealed class OrganiserExamplesRankingTests
{
    private const string Text = "Our contact centre voice bot answers every incoming call and resolves nearly half of them on its own.";

    [Fact]
    public async Task AnOrganisersExamplesRaiseTheirCategoryAtTheNextRequest()
    {
        var examples = InMemoryExampleIndex.FromCorpusFolder(Models.Real, TestPaths.Data);
        var recommender = new CategoryRecommender(Models.Real, new InMemoryCategoryIndex(Models.Real.CategoryVectors), new RankingOptions(), examples);
        var request = new RecommendationRequest(Text, "ru-cca", 47);
        var before = await recommender.RecommendAsync(request);
        var filedThere = before.Results[1].Category.Id;   // the jury filed such entries where the ranking put them second

        examples.Upsert(Enumerable.Range(2023, 3).Select(year =>
            new LabelledExample($"jury-{year}", "ru-cca", filedThere, $"{Text} Entry of {year}.", "en", ExampleSource.Organiser)));
        var after = await recommender.RecommendAsync(request);

        Assert.True(ScoreOf(after, filedThere) > ScoreOf(before, filedThere) + 0.15,
            $"{filedThere}: {ScoreOf(before, filedThere)} before, {ScoreOf(after, filedThere)} after");
    }

    [Fact]
    public async Task WithoutAnyExampleIndexTheVoteIsSilentAndNothingIsShown()
    {
        var recommender = new CategoryRecommender(Models.Real, new InMemoryCategoryIndex(Models.Real.CategoryVectors), new RankingOptions());

        var result = await recommender.RecommendAsync(new RecommendationRequest(Text, "ru-cca", 5));

        Assert.All(result.Results, r => Assert.Null(r.SimilarExamples));
    }

    private static double ScoreOf(RecommendationResult result, string categoryId) =>
        result.Results.First(r => r.Category.Id == categoryId).Score;
}
