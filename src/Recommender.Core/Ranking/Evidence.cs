namespace CategoryMatch.Core.Ranking;

/// <summary>Something in the entry's text that supports (or limits) a recommendation, for a person to read.</summary>
/// <param name="Kind"><c>concept</c>, <c>term</c>, <c>rule</c> or <c>eligibility</c>.</param>
/// <param name="Label">What was recognised, in English (a concept's name, a rule's reason).</param>
/// <param name="Matched">The words of the entry's text, as written, when the evidence points at words.</param>
/// <param name="Start">Offset of <paramref name="Matched"/> in the text, for highlighting; -1 when none.</param>
/// <param name="Length">Length of <paramref name="Matched"/> in the text; 0 when none.</param>
public sealed record Evidence(string Kind, string Label, string? Matched, int Start, int Length);
