using System.Numerics.Tensors;
using CategoryMatch.Core.Encoding;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CategoryMatch.Neural;

/// <summary>
/// Runs a BERT-family sentence-embedding model (ONNX) with ONNX Runtime: tokenises (WordPiece or
/// XLM-R SentencePiece), runs texts in batches padded to the batch's longest, mean-pools the last
/// hidden state over the attention mask and L2-normalises. Adds the configured e5 prefix for queries
/// or passages (<see cref="EmbeddingPurpose"/>). Thread-safe: one <see cref="InferenceSession"/>
/// serves concurrent calls, as ONNX Runtime allows.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private const string LastHiddenState = "last_hidden_state";

    private readonly NeuralOptions _options;
    private readonly InferenceSession _session;
    private readonly ModelTokenizer _tokenizer;
    private readonly bool _takesTokenTypes;
    private readonly string _outputName;
    private readonly string[] _outputNames;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private volatile bool _disposed;

    /// <summary>Loads the model and tokenizer <paramref name="options"/> name (see <see cref="NeuralOptions"/>).</summary>
    public OnnxEmbeddingGenerator(IOptions<NeuralOptions> options) : this(options.Value) { }

    /// <summary>Loads the model and tokenizer <paramref name="options"/> name and checks that the model has the BERT signature.</summary>
    /// <exception cref="NeuralModelException">A file is missing, or the model is not a sentence encoder this can run.</exception>
    public OnnxEmbeddingGenerator(NeuralOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        if (!options.IsConfigured || !File.Exists(options.ModelPath))
            throw new NeuralModelException($"The model file '{options.ModelPath}' does not exist ({NeuralOptions.Section}:{nameof(NeuralOptions.ModelPath)}).");
        _tokenizer = ModelTokenizer.Load(options);
        _session = Open(options);
        try
        {
            _takesTokenTypes = CheckInputs(_session, options.ModelPath!);
            _outputName = PickOutput(_session, options);
            _outputNames = [_outputName];
            ModelId = Path.GetFileNameWithoutExtension(options.ModelPath!);
            // One run now: a model that cannot run fails at start, and its width is known from then on.
            Dimensions = Embed([""], "")[0].Length;
            _metadata = new EmbeddingGeneratorMetadata("onnx", new Uri(Path.GetFullPath(options.ModelPath!)), ModelId, Dimensions);
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    /// <summary>Width of every embedding.</summary>
    public int Dimensions { get; }

    /// <summary>The model id reported on each embedding: the model file's name.</summary>
    public string ModelId { get; }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var texts = values.ToList();
        var prefix = EmbeddingPurpose.Of(options) == EmbeddingPurpose.Passage ? _options.PassagePrefix : _options.QueryPrefix;
        var vectors = Embed(texts, prefix, cancellationToken);
        var created = DateTimeOffset.UtcNow;
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors)
            embeddings.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = created });
        return Task.FromResult(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _session.Dispose();
    }

    private float[][] Embed(IReadOnlyList<string> texts, string prefix, CancellationToken cancellationToken = default)
    {
        var ids = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++) ids[i] = _tokenizer.Encode(prefix + (texts[i] ?? ""), _options.MaxLength);

        // Texts of like length share a batch, so little of each run is padding; results go back in input order.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += _options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, Math.Min(_options.BatchSize, order.Length - start)).ToArray();
            var pooled = Run(batch.Select(i => ids[i]).ToArray());
            for (var b = 0; b < batch.Length; b++) vectors[batch[b]] = pooled[b];
        }
        return vectors;
    }

    private float[][] Run(int[][] batch)
    {
        var rows = batch.Length;
        var length = batch.Max(ids => ids.Length);
        var inputIds = new long[rows * length];
        var mask = new long[rows * length];
        Array.Fill(inputIds, _tokenizer.PaddingId);
        for (var r = 0; r < rows; r++)
            for (var t = 0; t < batch[r].Length; t++)
            {
                inputIds[r * length + t] = batch[r][t];
                mask[r * length + t] = 1;
            }
        long[] shape = [rows, length];

        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = _takesTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[rows * length], shape) : null;
        var inputs = new Dictionary<string, OrtValue>(3) { [InputIds] = idsValue, [AttentionMask] = maskValue };
        if (typesValue is not null) inputs[TokenTypeIds] = typesValue;

        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, inputs, _outputNames);
        var output = outputs[0];
        var outputShape = output.GetTensorTypeAndShape().Shape;
        var data = output.GetTensorDataAsSpan<float>();
        return outputShape.Length switch
        {
            3 when outputShape[0] == rows && outputShape[1] == length => MeanPool(data, mask, rows, length, (int)outputShape[2]),
            2 when outputShape[0] == rows => Pooled(data, rows, (int)outputShape[1]),
            _ => throw new NeuralModelException(
                $"The model output '{_outputName}' has shape [{string.Join(", ", outputShape)}]; expected [batch, sequence, hidden] or [batch, hidden]."),
        };
    }

    // Mean of the token vectors the attention mask keeps, so padding never shifts a text's embedding.
    private static float[][] MeanPool(ReadOnlySpan<float> hidden, long[] mask, int rows, int length, int width)
    {
        var vectors = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var sum = new float[width];
            var kept = 0;
            for (var t = 0; t < length; t++)
            {
                if (mask[r * length + t] == 0) continue;
                TensorPrimitives.Add(sum, hidden.Slice((r * length + t) * width, width), sum);
                kept++;
            }
            if (kept > 0) TensorPrimitives.Divide(sum, kept, sum);
            vectors[r] = Normalize(sum);
        }
        return vectors;
    }

    private static float[][] Pooled(ReadOnlySpan<float> pooled, int rows, int width)
    {
        var vectors = new float[rows][];
        for (var r = 0; r < rows; r++) vectors[r] = Normalize(pooled.Slice(r * width, width).ToArray());
        return vectors;
    }

    private static float[] Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    private static InferenceSession Open(NeuralOptions options)
    {
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = options.IntraOpThreads };
        try
        {
            return new InferenceSession(options.ModelPath!, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new NeuralModelException($"ONNX Runtime could not load the model '{options.ModelPath}': {e.Message}", e);
        }
    }

    // True when the model also takes token_type_ids (BERT does; XLM-R-based models usually do not).
    private static bool CheckInputs(InferenceSession session, string path)
    {
        var inputs = session.InputMetadata;
        foreach (var name in new[] { InputIds, AttentionMask })
            if (!inputs.TryGetValue(name, out var input) || input.ElementDataType != TensorElementType.Int64)
                throw new NeuralModelException(
                    $"The model '{path}' has no int64 input '{name}'; a BERT-style sentence encoder takes input_ids and attention_mask (and maybe token_type_ids). It takes: {string.Join(", ", inputs.Keys)}.");
        var unknown = inputs.Keys.Except([InputIds, AttentionMask, TokenTypeIds]).ToList();
        if (unknown.Count > 0)
            throw new NeuralModelException($"The model '{path}' also asks for {string.Join(", ", unknown)}, which a sentence encoder does not need.");
        return inputs.ContainsKey(TokenTypeIds);
    }

    private static string PickOutput(InferenceSession session, NeuralOptions options)
    {
        var outputs = session.OutputMetadata;
        if (!string.IsNullOrWhiteSpace(options.OutputName))
            return outputs.ContainsKey(options.OutputName)
                ? options.OutputName
                : throw new NeuralModelException($"The model '{options.ModelPath}' has no output '{options.OutputName}'; it has: {string.Join(", ", outputs.Keys)}.");
        var name = outputs.ContainsKey(LastHiddenState) ? LastHiddenState : outputs.Keys.First();
        return outputs[name].ElementDataType == TensorElementType.Float
            ? name
            : throw new NeuralModelException($"The model output '{name}' is not float; set {NeuralOptions.Section}:{nameof(NeuralOptions.OutputName)}.");
    }
}
