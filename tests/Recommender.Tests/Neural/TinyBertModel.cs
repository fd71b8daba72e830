using CategoryMatch.Neural;
using CategoryMatch.Tests.Neural.Onnx;
using Google.Protobuf;

namespace CategoryMatch.Tests.Neural;

/// <summary>
/// A tiny sentence encoder with the BERT signature, written by the test itself (nothing can be
/// downloaded here): inputs <c>input_ids</c> and <c>attention_mask</c> (int64 [batch, seq]) and, when
/// asked, <c>token_type_ids</c>; output <c>last_hidden_state</c> (float [batch, seq, hidden]) =
/// Gather(word table, input_ids) × Gather(mask table, attention_mask) [+ Gather(type table, token_type_ids)].
/// Every word of the vocabulary gets its own seeded random vector, and the special tokens
/// ([PAD], [UNK], [CLS], [SEP]) a zero vector, so a text's mean-pooled embedding points the way of
/// its known words: texts that share words are close, texts that do not are not.
/// </summary>
public sealed class TinyBertModel : IDisposable
{
    /// <summary>The special tokens, first in the vocabulary as in BERT's.</summary>
    public static readonly string[] SpecialTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    private readonly float[] _table;

    private TinyBertModel(string directory, IReadOnlyList<string> words, int hidden, int seed)
    {
        Directory = directory;
        Words = words;
        Hidden = hidden;
        _table = WordTable(SpecialTokens.Length + words.Count, hidden, seed);
    }

    /// <summary>The temporary folder holding the files.</summary>
    public string Directory { get; }

    /// <summary>The model file.</summary>
    public string ModelPath => Path.Combine(Directory, "model.onnx");

    /// <summary>The WordPiece vocabulary.</summary>
    public string VocabularyPath => Path.Combine(Directory, "vocab.txt");

    /// <summary>The vocabulary's words (after the special tokens).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Width of the hidden state.</summary>
    public int Hidden { get; }

    /// <summary>Writes the model and its vocabulary into a new temporary folder.</summary>
    public static TinyBertModel Write(IEnumerable<string> words, int hidden = 32, bool withTokenTypes = false, int seed = 7)
    {
        var vocabulary = words.Select(w => w.ToLowerInvariant()).Where(w => w.Length > 0)
            .Except(SpecialTokens).Distinct().Order(StringComparer.Ordinal).ToList();
        var directory = Path.Combine(Path.GetTempPath(), $"tiny-bert-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        var model = new TinyBertModel(directory, vocabulary, hidden, seed);
        File.WriteAllLines(model.VocabularyPath, [.. SpecialTokens, .. vocabulary]);
        using (var file = File.Create(model.ModelPath))
            Build(model._table, SpecialTokens.Length + vocabulary.Count, hidden, withTokenTypes).WriteTo(file);
        return model;
    }

    /// <summary>The row of the embedding table that <paramref name="word"/> (a vocabulary word) gets.</summary>
    public float[] VectorOf(string word)
    {
        var index = SpecialTokens.Length + Words.ToList().IndexOf(word);
        return _table.AsSpan(index * Hidden, Hidden).ToArray();
    }

    /// <summary>Options that load this model with the WordPiece tokenizer.</summary>
    public NeuralOptions Options(string queryPrefix = "", string passagePrefix = "", int batchSize = 16, int maxLength = 512) => new()
    {
        ModelPath = ModelPath,
        TokenizerPath = VocabularyPath,
        TokenizerKind = NeuralTokenizerKind.WordPiece,
        QueryPrefix = queryPrefix,
        PassagePrefix = passagePrefix,
        BatchSize = batchSize,
        MaxLength = maxLength,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }

    private static float[] WordTable(int vocabularySize, int hidden, int seed)
    {
        var random = new Random(seed);
        var words = new float[vocabularySize * hidden];
        for (var i = SpecialTokens.Length * hidden; i < words.Length; i++) words[i] = (float)(random.NextDouble() * 2 - 1);
        return words;
    }

    private static ModelProto Build(float[] words, int vocabularySize, int hidden, bool withTokenTypes)
    {
        var maskTable = new float[2 * hidden];
        Array.Fill(maskTable, 1f, hidden, hidden);   // row 0 (padding) zeros, row 1 ones

        var graph = new GraphProto { Name = "tiny-bert" };
        graph.Initializer.Add(Tensor("word_embeddings", [vocabularySize, hidden], words));
        graph.Initializer.Add(Tensor("mask_table", [2, hidden], maskTable));
        graph.Input.Add(Value("input_ids", TensorProto.Types.DataType.Int64, "batch", "sequence"));
        graph.Input.Add(Value("attention_mask", TensorProto.Types.DataType.Int64, "batch", "sequence"));
        graph.Node.Add(Node("Gather", ["word_embeddings", "input_ids"], "word_vectors"));
        graph.Node.Add(Node("Gather", ["mask_table", "attention_mask"], "mask_vectors"));
        var hiddenState = withTokenTypes ? "masked" : "last_hidden_state";
        graph.Node.Add(Node("Mul", ["word_vectors", "mask_vectors"], hiddenState));
        if (withTokenTypes)
        {
            // Segment 0 (the only one a sentence encoder uses) adds nothing; segment 1 would shift every vector.
            var types = new float[2 * hidden];
            Array.Fill(types, 0.5f, hidden, hidden);
            graph.Initializer.Add(Tensor("token_type_embeddings", [2, hidden], types));
            graph.Input.Add(Value("token_type_ids", TensorProto.Types.DataType.Int64, "batch", "sequence"));
            graph.Node.Add(Node("Gather", ["token_type_embeddings", "token_type_ids"], "type_vectors"));
            graph.Node.Add(Node("Add", ["masked", "type_vectors"], "last_hidden_state"));
        }
        graph.Output.Add(Value("last_hidden_state", TensorProto.Types.DataType.Float, "batch", "sequence", hidden.ToString()));

        var model = new ModelProto { IrVersion = 8, ProducerName = "CategoryMatch.Tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model;
    }

    private static TensorProto Tensor(string name, long[] dims, float[] data)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(data);
        return tensor;
    }

    private static NodeProto Node(string op, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    // A dimension that parses as a number is fixed; any other is symbolic (dynamic).
    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, params string[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
            shape.Dim.Add(long.TryParse(dim, out var size)
                ? new TensorShapeProto.Types.Dimension { DimValue = size }
                : new TensorShapeProto.Types.Dimension { DimParam = dim });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
