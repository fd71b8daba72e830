namespace CategoryMatch.Core.Catalog;

/// <summary>
/// A programme's own instruction that entries of a certain kind belong in another category
/// ("для решений с использованием ИИ рекомендуется выбирать номинацию 13").
/// </summary>
/// <param name="FromId">The category whose text states the rule.</param>
/// <param name="ToId">Where such entries belong.</param>
/// <param name="When">What in the entry's text makes the rule fire.</param>
/// <param name="Reason">The programme's words, verbatim.</param>
/// <param name="ReasonEn">The rule in English.</param>
public sealed record RedirectRule(string FromId, string ToId, RuleCondition When, string Reason, string ReasonEn);
