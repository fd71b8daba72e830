using CategoryMatch.Core.Learning;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// The two ML.NET trainers of the learned ranking on small problems they must solve: the L-BFGS maximum
/// entropy classifier on sparse rows, and the L-BFGS logistic fusion with its Platt calibration.
/// </summary>
public sealed class TrainerTests
{
    private static readonly LearningOptions Options = new();

    [Fact]
    public void TheClassifierLearnsWhichSparseWordsMarkEachClassAndTrainsTheSameTwice()
    {
        string[] classes = ["chatbot", "collection", "staffing"];
        var vocabulary = FeatureVocabulary.From([11, 22, 33, 44], [1f, 1f, 1f, 1f]);
        // Column c marks class c; column 3 (a word every text has) says nothing.
        var rows = Enumerable.Range(0, 60)
            .Select(i => (Columns: new[] { i % 3, 3 }, Values: new[] { 1f, 0.5f }, Class: i % 3))
            .ToList();

        var first = ClassifierTrainer.Fit(classes, vocabulary, rows, l2: 0.1f, Options);
        var second = ClassifierTrainer.Fit(classes, vocabulary, rows, l2: 0.1f, Options);

        Span<float> probabilities = stackalloc float[classes.Length];
        for (var c = 0; c < classes.Length; c++)
        {
            first.Predict([c, 3], [1f, 0.5f], probabilities);
            Assert.True(probabilities[c] > 0.8f, $"{classes[c]}: {probabilities[c]}");
        }
        Assert.Equal(first.Weights(), second.Weights());
        Assert.Equal(first.Biases.ToArray(), second.Biases.ToArray());
    }

    [Fact]
    public void TheFusionLearnsThatAHigherSimilarityMeansRightAndIsCalibrated()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 400).Select(_ =>
        {
            var features = new float[FusionFeatures.Count];
            features[0] = (float)random.NextDouble();
            return (Features: features, Label: random.NextDouble() < features[0]);
        }).ToList();

        var model = FusionTrainer.Fit(rows, Options);

        Assert.True(model.Weights[0] > 0, $"weight {model.Weights[0]}");
        Assert.True(Probability(model, 0.9f) > 0.7, $"{Probability(model, 0.9f)}");
        Assert.True(Probability(model, 0.1f) < 0.3, $"{Probability(model, 0.1f)}");
    }

    private static double Probability(FusionModel model, float first)
    {
        double score = model.Bias + model.Weights[0] * first;
        return 1 / (1 + Math.Exp(model.PlattSlope * score + model.PlattOffset));
    }
}
