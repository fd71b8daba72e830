using Microsoft.Extensions.AI;

namespace CategoryMatch.Core.Encoding;

/// <summary>
/// Says whether the texts of an embedding request are queries (an entrant's summary) or passages (a
/// category's text). Asymmetric models such as e5 are trained with a different prefix for each; an
/// embedder that does not care ignores it. Carried in
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> under <see cref="Key"/>, as providers
/// with such a switch do (<c>input_type</c>).
/// </summary>
public static class EmbeddingPurpose
{
    /// <summary>The additional-property key.</summary>
    public const string Key = "input_type";

    /// <summary>A text to search with: an entrant's summary. The default.</summary>
    public const string Query = "query";

    /// <summary>A text to be found: a category's title, summary and description.</summary>
    public const string Passage = "passage";

    /// <summary>Options that ask for <paramref name="purpose"/> (<see cref="Query"/> or <see cref="Passage"/>).</summary>
    public static EmbeddingGenerationOptions For(string purpose) =>
        new() { AdditionalProperties = new AdditionalPropertiesDictionary { [Key] = purpose } };

    /// <summary>The purpose <paramref name="options"/> ask for; <see cref="Query"/> when they do not say.</summary>
    public static string Of(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(Key, out var value) == true && value is string s
            && string.Equals(s, Passage, StringComparison.OrdinalIgnoreCase)
            ? Passage
            : Query;
}
