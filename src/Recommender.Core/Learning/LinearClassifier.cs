using System.Numerics.Tensors;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// A multinomial logistic regression over a <see cref="FeatureVocabulary"/>: one weight per (column,
/// class) and a bias per class. Prediction is a sparse dot product and a softmax; no ML.NET pipeline
/// runs on the request path.
/// </summary>
public sealed class LinearClassifier
{
    private readonly float[] _weights;   // column-major: the classes of one column are adjacent
    private readonly float[] _biases;
    private readonly Dictionary<string, int> _classIndex;

    /// <summary>A classifier with the given weights (<paramref name="weights"/>[column × classes + class]).</summary>
    public LinearClassifier(IReadOnlyList<string> classes, FeatureVocabulary vocabulary, float[] weights, float[] biases)
    {
        if (weights.Length != vocabulary.Count * classes.Count || biases.Length != classes.Count)
            throw new ArgumentException($"Expected {vocabulary.Count} × {classes.Count} weights and {classes.Count} biases.");
        Classes = classes;
        _classIndex = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        Vocabulary = vocabulary;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The classes, in score order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The index of <paramref name="className"/> in <see cref="Classes"/>, or -1.</summary>
    public int IndexOf(string className) => _classIndex.GetValueOrDefault(className, -1);

    /// <summary>The features the classifier reads.</summary>
    public FeatureVocabulary Vocabulary { get; }

    /// <summary>The weights, column-major (what a model file stores).</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The biases.</summary>
    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>Writes the probability of every class for a vectorised text into <paramref name="probabilities"/>.</summary>
    public void Predict(int[] columns, float[] values, Span<float> probabilities)
    {
        var classes = _biases.Length;
        var scores = probabilities[..classes];
        _biases.CopyTo(scores);
        for (var i = 0; i < columns.Length; i++)
            TensorPrimitives.MultiplyAdd(_weights.AsSpan(columns[i] * classes, classes), values[i], scores, scores);
        var max = float.MinValue;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0f;
        for (var c = 0; c < classes; c++) sum += scores[c] = MathF.Exp(scores[c] - max);
        for (var c = 0; c < classes; c++) scores[c] /= sum;
    }
}
