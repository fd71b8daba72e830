namespace CategoryMatch.Core.Catalog;

/// <summary>
/// When a redirect rule fires: every clause given must hold. Concept clauses refer to ids of the
/// concept lexicon; <see cref="Headcount"/> to the size the entry states.
/// </summary>
/// <param name="Any">At least one of these concepts is in the text (ignored when empty).</param>
/// <param name="All">Every one of these concepts is in the text.</param>
/// <param name="None">None of these concepts is in the text.</param>
/// <param name="Headcount">The stated headcount lies within these bounds (a text stating none fails).</param>
public sealed record RuleCondition(
    IReadOnlyList<string> Any,
    IReadOnlyList<string> All,
    IReadOnlyList<string> None,
    NumericRange? Headcount)
{
    /// <summary>All concept ids the condition mentions.</summary>
    public IEnumerable<string> ConceptIds => Any.Concat(All).Concat(None);
}
