using CategoryMatch.Core;
using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CategoryMatch.Tests.Confidence;

public sealed class ConfidenceModelTests
{
    private static readonly string CommittedModel = Path.Combine(TestPaths.Data, ConfidenceWeights.DefaultPath);

    private static CandidateFeatures Candidate(float similarity, float margin = 0.05f) =>
        new(similarity, similarity * 0.6f, similarity * 0.88f, similarity * 0.88f, margin, 0, Rank: 0, Promoted: false,
            RuleSource: false, Eligible: true, TextLength: 300, LanguageMatch: true, DomainSignal: 12, DistinctConcepts: 5);

    [Fact]
    public void TheCommittedModelLoadsAndGivesProbabilitiesThatRiseWithSimilarity()
    {
        var weights = ConfidenceWeights.Load(CommittedModel);

        var probabilities = new[] { 0.05f, 0.15f, 0.3f, 0.5f, 0.7f }.Select(s => weights.Probability(Candidate(s))).ToList();

        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(probabilities.Order(), probabilities);
        Assert.True(probabilities[^1] - probabilities[0] > 0.3, string.Join(", ", probabilities));
    }

    [Fact]
    public void TheDotProductAgreesWithMlNetsOwnPrediction()
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(CommittedModel, out _);
        var weights = ConfidenceWeights.From(transformer, CommittedModel);
        var engine = ml.Model.CreatePredictionEngine<Input, Output>(transformer);

        foreach (var s in new[] { 0.1f, 0.3f, 0.6f })
        {
            var features = Candidate(s);
            Assert.Equal(engine.Predict(new Input { Features = features.ToVector() }).Probability, weights.Probability(features), 4);
        }
    }

    [Fact]
    public async Task WithTheModelLoadedScoreIsItsProbabilityAndNoMatchFollowsIt()
    {
        var weights = ConfidenceWeights.Load(CommittedModel);
        var recommender = new CategoryRecommender(Models.Real.WithConfidence(weights), new InMemoryCategoryIndex(Models.Real.CategoryVectors), new RankingOptions());

        var fits = await recommender.RecommendAsync(new RecommendationRequest(
            "Наш контакт-центр перевёл 300 операторов на гибридный график: два дня в офисе, три дня из дома.", "ru-cca", 3, null));
        var bakery = await recommender.RecommendAsync(new RecommendationRequest(
            "Our bakery launched a rye bread with caraway seeds in recycled paper bags.", "ru-cca", 3, null));

        Assert.IsType<LearnedConfidence>(recommender.Confidence);
        Assert.Equal("ru-cca:43", fits.Results[0].Category.Id);
        Assert.False(fits.NoMatch);
        Assert.True(fits.Confidence > 0.5, $"confidence {fits.Confidence}");
        Assert.True(bakery.NoMatch);
        Assert.True(bakery.Confidence <= new RankingOptions().NoMatchProbability);
    }

    [Fact]
    public async Task WithoutAModelFileConfidenceFallsBackToTheLogisticCurve()
    {
        var model = RecommenderModel.Load(TestPaths.Data, confidenceModel: "models/no-such-model.zip");
        var recommender = new CategoryRecommender(model, new InMemoryCategoryIndex(model.CategoryVectors), new RankingOptions());

        var result = await recommender.RecommendAsync(new RecommendationRequest(
            "Our contact centre's agents now work from home three days a week with flexible shifts.", "ru-cca", 3, null));

        Assert.Null(model.ConfidenceWeights);
        Assert.IsType<LogisticCurveConfidence>(recommender.Confidence);
        var options = new RankingOptions();
        var expected = 1 / (1 + Math.Exp(-options.ConfidenceSteepness * (result.Results[0].Similarity - options.ConfidenceMidpoint)));
        Assert.Equal(Math.Round(expected, 4), result.Confidence, 3);
    }

    [Fact]
    public void ACorruptModelFileIsAClearErrorNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corrupt-confidence-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "this is not a model");
        try
        {
            var error = Assert.Throws<DataFileException>(() => ConfidenceWeights.Load(path));

            Assert.Contains(path, error.Message);
            Assert.Contains("confidence model", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ACorruptModelFileStopsTheModelFromLoading()
    {
        var data = Path.Combine(Path.GetTempPath(), $"corrupt-confidence-{Guid.NewGuid():N}.zip");
        File.WriteAllBytes(data, [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
        try
        {
            var error = Assert.Throws<DataFileException>(() => RecommenderModel.Load(TestPaths.Data, data));

            Assert.Contains(data, error.Message);
        }
        finally { File.Delete(data); }
    }

    [Fact]
    public void TrainingOnASmallSetRanksAClearlyRightCandidateAboveAClearlyWrongOne()
    {
        var recommender = Models.Recommender();
        EvaluationCase[] cases =
        [
            new("a", "plain", "en", "ru-cca", "We deployed a machine-learning model that suggests answers to agents and summarises every call.", ["ru-cca:13"], [], null),
            new("b", "plain", "en", "ru-cca", "Our debt collection team of 40 recovers overdue loans by phone and letters.", ["ru-cca:55"], [], null),
            new("c", "plain", "en", "ru-cca", "Agents now work from home three days a week on flexible shifts.", ["ru-cca:43"], [], null),
            new("d", "plain", "en", "ru-cca", "Speech analytics reviews every call and shows why customers are unhappy.", ["ru-cca:36"], [], null),
            new("e", "plain", "en", "ru-cca", "Our trainer built twelve courses and taught 200 new agents.", ["ru-cca:66"], [], null),
            new("f", "plain", "en", "ru-cca", "We cut agent turnover from 60% to 35% with mentoring and clear pay grades.", ["ru-cca:47"], [], null),
            new("g", "out-of-domain", "en", "ru-cca", "Our bakery launched a rye bread with caraway seeds in paper bags.", [], [], null),
        ];
        var rows = ConfidenceTrainer.Examples(recommender, cases);
        var weights = ConfidenceWeights.From(ConfidenceTrainer.Fit(new MLContext(seed: 1), rows), "in-memory");

        var entry = Models.Real.Encoder.Encode("A neural network model now routes incoming emails and drafts replies for agents.");
        var (categories, features) = recommender.Features(entry, new InMemoryCategoryIndex(Models.Real.CategoryVectors).Search(entry, "ru-cca"), null);
        var right = weights.Probability(features[categories.ToList().FindIndex(c => c.Id == "ru-cca:13")]);
        var wrong = weights.Probability(features[categories.ToList().FindIndex(c => c.Id == "ru-cca:55")]);

        Assert.True(right > wrong, $"right {right:F3}, wrong {wrong:F3}");
        Assert.InRange(right, 0, 1);
    }

    private sealed class Input
    {
        public bool Label { get; set; }

        [VectorType(CandidateFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
