namespace CategoryMatch.Core.Ranking;

/// <summary>The ranked categories for one entry.</summary>
/// <param name="Language">Detected language of the text.</param>
/// <param name="NoMatch">True when nothing in the programme fits the text.</param>
/// <param name="Confidence">Confidence 0..1 in the first result.</param>
/// <param name="Redirect">Set when the filed category's own rule sends the entry elsewhere.</param>
/// <param name="Results">Categories best first.</param>
/// <param name="Subject">What the text is about (a person, a team, ...), when the learned models are loaded.</param>
/// <param name="InDomain">Probability that the text is about what the programmes award, when the learned models are loaded.</param>
public sealed record RecommendationResult(
    string Language,
    bool NoMatch,
    double Confidence,
    RedirectNotice? Redirect,
    IReadOnlyList<Recommendation> Results,
    EntrantSubject? Subject = null,
    double? InDomain = null);

/// <summary>The subject of a text: who or what it puts forward for an award.</summary>
/// <param name="Kind">individual, team, department, contact-centre, organisation, project or partnership.</param>
/// <param name="Probability">The subject model's probability of <paramref name="Kind"/>.</param>
public sealed record EntrantSubject(string Kind, double Probability);

/// <summary>A filed category's rule that fired for the text.</summary>
/// <param name="From">The filed category.</param>
/// <param name="To">Where the programme says the entry belongs.</param>
/// <param name="Reason">The rule in the programme's words.</param>
/// <param name="ReasonEn">The rule in English.</param>
public sealed record RedirectNotice(string From, string To, string Reason, string ReasonEn);
