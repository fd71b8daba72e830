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
    public void ARowWeighingThreeCountsAsThreeCopiesOfIt()
    {
        string[] classes = ["in", "out"];
        var vocabulary = FeatureVocabulary.From([11], [1f]);
        // The one word says nothing: half the rows are of each class. Weighing the first class's rows 3 makes it 3 to 1.
        var rows = Enumerable.Range(0, 80).Select(i => (Columns: new[] { 0 }, Values: new[] { 1f }, Class: i % 2)).ToList();

        var classifier = ClassifierTrainer.Fit(classes, vocabulary, rows, l2: 0.01f, Options, [.. rows.Select(r => r.Class == 0 ? 3f : 1f)]);

        Span<float> probabilities = stackalloc float[2];
        classifier.Predict([0], [1f], probabilities);
        Assert.InRange(probabilities[0], 0.72f, 0.78f);
    }

    [Fact]
    public void EveryLanguageWeighsItsOutOfDomainTextsAtTheSameShareOfItsInDomainOnes()
    {
        // Russian has 100 texts in domain and 10 out; English 20 and 10.
        var corpus = Texts("ru", 100, inDomain: true).Concat(Texts("ru", 10, inDomain: false))
            .Concat(Texts("en", 20, inDomain: true)).Concat(Texts("en", 10, inDomain: false)).ToList();

        var weights = TextModels.OutOfDomainWeights(corpus, share: 0.7f);

        float Sum(string lang, bool inDomain) => corpus.Select((e, i) => (e, w: weights[i])).Where(x => x.e.Lang == lang && x.e.InDomain == inDomain).Sum(x => x.w);
        Assert.Equal(100f, Sum("ru", true));
        Assert.Equal(70f, Sum("ru", false), 3);
        Assert.Equal(14f, Sum("en", false), 3);
    }

    private static IEnumerable<CorpusExample> Texts(string lang, int count, bool inDomain) => Enumerable.Range(0, count).Select(i =>
        new CorpusExample($"{lang}-{inDomain}-{i}", "ru-cca", lang, "text", inDomain ? ["ru-cca:11"] : [], [], null, "W01", "news", null));

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
