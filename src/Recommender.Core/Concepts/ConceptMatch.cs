namespace CategoryMatch.Core.Concepts;

/// <summary>One place in a text where a concept was recognised.</summary>
/// <param name="ConceptIndex">The concept's index in the lexicon.</param>
/// <param name="Start">Offset of the first matched character in the original text.</param>
/// <param name="Length">Length of the matched span in the original text.</param>
/// <param name="Weight">1 for a direct mention, less for a broader concept reached through <see cref="Concept.Broader"/>.</param>
public readonly record struct ConceptMatch(int ConceptIndex, int Start, int Length, float Weight)
{
    /// <summary>True when the text names the concept itself rather than a narrower one.</summary>
    public bool IsDirect => Weight >= 1f;
}
