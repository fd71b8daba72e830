using System.Numerics;
using System.Runtime.InteropServices;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// A multinomial logistic regression over a <see cref="FeatureVocabulary"/>: one weight per (column,
/// class) and a bias per class. Prediction is a sparse dot product and a softmax; no ML.NET pipeline
/// runs on the request path. A column's weights are held padded to whole SIMD vectors, so a text's
/// few hundred columns each cost one or a few vector multiply-adds (a library call per column cost more
/// than the arithmetic: the in-domain detector has two classes).
/// </summary>
public sealed class LinearClassifier
{
    private readonly float[] _padded;    // column-major: the classes of one column are adjacent, then zeros up to _stride
    private readonly int _stride;        // classes rounded up to a whole number of Vector<float>
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
        _biases = biases;
        var width = Vector<float>.Count;
        _stride = (classes.Count + width - 1) / width * width;
        _padded = new float[vocabulary.Count * _stride];
        for (var c = 0; c < vocabulary.Count; c++)
            weights.AsSpan(c * classes.Count, classes.Count).CopyTo(_padded.AsSpan(c * _stride));
    }

    /// <summary>The classes, in score order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The index of <paramref name="className"/> in <see cref="Classes"/>, or -1.</summary>
    public int IndexOf(string className) => _classIndex.GetValueOrDefault(className, -1);

    /// <summary>The features the classifier reads.</summary>
    public FeatureVocabulary Vocabulary { get; }

    /// <summary>The weights, column-major without padding (what a model file stores): a new array.</summary>
    public float[] Weights()
    {
        var classes = _biases.Length;
        var weights = new float[Vocabulary.Count * classes];
        for (var c = 0; c < Vocabulary.Count; c++) _padded.AsSpan(c * _stride, classes).CopyTo(weights.AsSpan(c * classes));
        return weights;
    }

    /// <summary>The biases.</summary>
    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>Writes the probability of every class for a vectorised text into <paramref name="probabilities"/>.</summary>
    public void Predict(int[] columns, float[] values, Span<float> probabilities)
    {
        var classes = _biases.Length;
        Span<float> padded = stackalloc float[_stride];
        _biases.CopyTo(padded);
        var scores = MemoryMarshal.Cast<float, Vector<float>>(padded);
        var weights = MemoryMarshal.Cast<float, Vector<float>>(_padded.AsSpan());
        var perColumn = scores.Length;
        for (var i = 0; i < columns.Length; i++)
        {
            var value = new Vector<float>(values[i]);
            var at = columns[i] * perColumn;
            for (var k = 0; k < perColumn; k++) scores[k] += weights[at + k] * value;
        }
        var max = float.MinValue;
        for (var c = 0; c < classes; c++) max = Math.Max(max, padded[c]);
        var sum = 0f;
        for (var c = 0; c < classes; c++) sum += probabilities[c] = MathF.Exp(padded[c] - max);
        for (var c = 0; c < classes; c++) probabilities[c] /= sum;
    }
}
