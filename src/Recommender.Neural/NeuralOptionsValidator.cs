using Microsoft.Extensions.Options;

namespace CategoryMatch.Neural;

/// <summary>
/// Checks at start that a configured model and its tokenizer exist, so a typo in a path stops
/// start-up with the path named rather than failing at the first request.
/// </summary>
public sealed class NeuralOptionsValidator : IValidateOptions<NeuralOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, NeuralOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (!File.Exists(options.ModelPath))
            failures.Add($"{NeuralOptions.Section}:{nameof(NeuralOptions.ModelPath)}: the model file '{Path.GetFullPath(options.ModelPath!)}' does not exist.");
        if (string.IsNullOrWhiteSpace(options.TokenizerPath))
            failures.Add($"{NeuralOptions.Section}:{nameof(NeuralOptions.TokenizerPath)}: a model needs its tokenizer file (vocab.txt or sentencepiece.bpe.model).");
        else if (!File.Exists(options.TokenizerPath))
            failures.Add($"{NeuralOptions.Section}:{nameof(NeuralOptions.TokenizerPath)}: the tokenizer file '{Path.GetFullPath(options.TokenizerPath)}' does not exist.");
        if (!Enum.IsDefined(options.TokenizerKind))
            failures.Add($"{NeuralOptions.Section}:{nameof(NeuralOptions.TokenizerKind)}: '{options.TokenizerKind}' is not one of {string.Join(", ", Enum.GetNames<NeuralTokenizerKind>())}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
