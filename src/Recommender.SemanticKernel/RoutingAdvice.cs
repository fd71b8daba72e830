using CategoryMatch.Core.Ranking;

namespace CategoryMatch.SemanticKernel;

/// <summary>The <c>recommend</c> function's answer: the best categories for a summary, best first.</summary>
/// <param name="Language">Detected language of the summary.</param>
/// <param name="NoMatch">True when nothing in the programme fits.</param>
/// <param name="Redirect">Set when the filed category's own rule sends the entry elsewhere.</param>
/// <param name="Categories">The categories, best first.</param>
public sealed record RoutingAdvice(string Language, bool NoMatch, RedirectNotice? Redirect, IReadOnlyList<CategorySuggestion> Categories);
