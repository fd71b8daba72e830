namespace CategoryMatch.Core.Concepts;

/// <summary>
/// A language-independent idea of the domain ("chatbot", "debt collection") with the words that
/// express it in each language. Concepts are the axes of the built-in embedding.
/// </summary>
/// <param name="Id">Kebab-case id, unique across the lexicon.</param>
/// <param name="Index">Position of the concept in concept vectors.</param>
/// <param name="Forms">Surface forms by language code; the key <c>any</c> holds language-neutral forms.</param>
/// <param name="Broader">Ids of more general concepts a mention also counts towards.</param>
/// <param name="Names">The forms are given names: one matches only as the first of two capitalised
/// words written a space apart, the way a person's full name is ("Νίκος Αντωνίου").</param>
public sealed record Concept(
    string Id,
    int Index,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Forms,
    IReadOnlyList<string> Broader,
    bool Names = false)
{
    /// <summary>A readable label: the first English form, else the id.</summary>
    public string Label => Forms.TryGetValue("en", out var en) && en.Count > 0 ? en[0].TrimEnd('*') : Id;
}
