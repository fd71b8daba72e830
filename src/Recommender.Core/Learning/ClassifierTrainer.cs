using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Fits a <see cref="LinearClassifier"/> with ML.NET's L-BFGS maximum-entropy trainer (multinomial
/// logistic regression, L2-regularised) and keeps only its weights.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>
    /// Trains on <paramref name="rows"/> (a vectorised text and its class index in <paramref name="classes"/>)
    /// with L2 penalty <paramref name="l2"/>; row i weighs <paramref name="rowWeights"/>[i] (1 without them).
    /// Deterministic for a given seed.
    /// </summary>
    public static LinearClassifier Fit(
        IReadOnlyList<string> classes, FeatureVocabulary vocabulary, IReadOnlyList<(int[] Columns, float[] Values, int Class)> rows,
        float l2, LearningOptions options, IReadOnlyList<float>? rowWeights = null)
    {
        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        var data = ml.Data.LoadFromEnumerable(rows.Select((r, i) => new Row
        {
            // LoadFromEnumerable reads a key column's raw value as the class's place in the score vector.
            Label = (uint)r.Class,
            Weight = rowWeights?[i] ?? 1f,
            // ML.NET may reuse a row's arrays as its own buffers: hand it copies, never the caller's.
            Features = new VBuffer<float>(vocabulary.Count, r.Columns.Length, [.. r.Values], [.. r.Columns]),
        }), schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = l2,
            L1Regularization = 0,
            OptimizationTolerance = options.Tolerance,
            MaximumNumberOfIterations = options.Iterations,
            NumberOfThreads = 1,   // deterministic sums; folds run side by side instead
            ExampleWeightColumnName = nameof(Row.Weight),
        });
        var model = trainer.Fit(data).Model;

        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out var numClasses);
        var biases = model.GetBiases().ToArray();
        var weights = new float[vocabulary.Count * classes.Count];
        for (var c = 0; c < numClasses; c++)
            foreach (var (column, value) in perClass[c].Items())
                weights[column * classes.Count + c] = value;
        return new LinearClassifier(classes, vocabulary, weights, biases);
    }

    private sealed class Row
    {
        public uint Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
