namespace CategoryMatch.Neural;

/// <summary>Turns a text into the token ids a model was trained on, special tokens included, cut to a maximum length.</summary>
internal abstract class ModelTokenizer
{
    /// <summary>The id that fills the positions after a short text's end in a padded batch.</summary>
    public abstract long PaddingId { get; }

    /// <summary>The ids of <paramref name="text"/> with the model's start and end tokens, at most <paramref name="maxLength"/> of them.</summary>
    public abstract int[] Encode(string text, int maxLength);

    /// <summary>Loads the tokenizer <paramref name="options"/> name.</summary>
    /// <exception cref="NeuralModelException">The file is missing or not a tokenizer of that kind.</exception>
    public static ModelTokenizer Load(NeuralOptions options)
    {
        var path = options.TokenizerPath;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            throw new NeuralModelException($"The tokenizer file '{path}' does not exist ({NeuralOptions.Section}:{nameof(NeuralOptions.TokenizerPath)}).");
        try
        {
            return options.TokenizerKind switch
            {
                NeuralTokenizerKind.WordPiece => WordPieceModelTokenizer.Load(path, options.LowerCase),
                NeuralTokenizerKind.SentencePiece => SentencePieceModelTokenizer.Load(path),
                _ => throw new NeuralModelException($"Unknown tokenizer kind '{options.TokenizerKind}'."),
            };
        }
        catch (Exception e) when (e is not NeuralModelException)
        {
            throw new NeuralModelException($"The tokenizer file '{path}' could not be read as {options.TokenizerKind}: {e.Message}", e);
        }
    }
}
