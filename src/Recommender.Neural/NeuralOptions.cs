using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Neural;

/// <summary>
/// The neural sentence embedder a user brings: an ONNX model with the BERT input signature and its
/// tokenizer file. Bound from the configuration section <c>Neural</c>; without <see cref="ModelPath"/>
/// no neural model is used and ranking is exactly the built-in one.
/// </summary>
public sealed class NeuralOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Neural";

    /// <summary>The ONNX model file (inputs <c>input_ids</c>, <c>attention_mask</c>, optionally <c>token_type_ids</c>).</summary>
    public string? ModelPath { get; set; }

    /// <summary>The tokenizer file: <c>vocab.txt</c> for <see cref="NeuralTokenizerKind.WordPiece"/>, <c>sentencepiece.bpe.model</c> for <see cref="NeuralTokenizerKind.SentencePiece"/>.</summary>
    public string? TokenizerPath { get; set; }

    /// <summary>Which tokenizer <see cref="TokenizerPath"/> holds.</summary>
    public NeuralTokenizerKind TokenizerKind { get; set; } = NeuralTokenizerKind.WordPiece;

    /// <summary>WordPiece only: lower-case before tokenising (true for uncased vocabularies).</summary>
    public bool LowerCase { get; set; } = true;

    /// <summary>Prepended to every query (an entrant's text); e5 models want <c>"query: "</c>.</summary>
    public string QueryPrefix { get; set; } = "";

    /// <summary>Prepended to every passage (a category's text); e5 models want <c>"passage: "</c>.</summary>
    public string PassagePrefix { get; set; } = "";

    /// <summary>The model output to pool: <c>last_hidden_state</c> [batch, seq, hidden] is mean-pooled; a [batch, hidden] output is taken as it is. Empty picks <c>last_hidden_state</c>, else the first output.</summary>
    public string? OutputName { get; set; }

    /// <summary>Longest token sequence given to the model, special tokens included; longer texts are cut.</summary>
    [Range(8, 8192)] public int MaxLength { get; set; } = 512;

    /// <summary>How many texts go through the model in one run.</summary>
    [Range(1, 1024)] public int BatchSize { get; set; } = 16;

    /// <summary>Threads one model run may use; 0 lets ONNX Runtime decide.</summary>
    [Range(0, 256)] public int IntraOpThreads { get; set; }

    /// <summary>Share of the neural similarity in the fused similarity the ranking uses, 0..1.</summary>
    [Range(0, 1)] public float FusionWeight { get; set; } = 0.5f;

    /// <summary>True when a model is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ModelPath);
}
