using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Api.Model;

/// <summary>The answer of <c>POST /api/recommendations</c>.</summary>
/// <param name="Language">The language the text was read in.</param>
/// <param name="NoMatch">True when nothing in the programme fits the text.</param>
/// <param name="Confidence">Probability that the first result is right.</param>
/// <param name="Subject">Who or what the text puts forward (a person, a team, ...), with the learned ranking.</param>
/// <param name="Redirect">The filed category's rule that fired, when one did.</param>
/// <param name="Results">Categories best first.</param>
public sealed record RecommendationResponse(
    string Language, bool NoMatch, double Confidence, SubjectBody? Subject, RedirectBody? Redirect, IReadOnlyList<RecommendationBody> Results)
{
    /// <summary>Maps the core's result.</summary>
    public static RecommendationResponse From(RecommendationResult r) => new(r.Language, r.NoMatch, r.Confidence,
        r.Subject is { } s ? new SubjectBody(s.Kind, s.Probability) : null,
        r.Redirect is { } x ? new RedirectBody(x.From, x.To, x.Reason, x.ReasonEn) : null,
        r.Results.Select(RecommendationBody.From).ToList());
}

/// <summary>The subject of the text.</summary>
/// <param name="Kind">individual, team, department, contact-centre, organisation, project or partnership.</param>
/// <param name="Probability">How sure the subject model is.</param>
public sealed record SubjectBody(string Kind, double Probability);

/// <summary>The filed category's rule that fired.</summary>
public sealed record RedirectBody(string From, string To, string Reason, string ReasonEn);

/// <summary>One ranked category.</summary>
/// <param name="SimilarExamples">Where the programme's most similar labelled entries were filed, when their vote decided this result; null otherwise. Never their text or id.</param>
public sealed record RecommendationBody(
    string CategoryId, string Program, string Code, string Title, string TitleEn, double Score, double Similarity,
    string? RedirectedFrom, bool Eligible, IReadOnlyList<SubcategoryBody> Subcategories, IReadOnlyList<EvidenceBody> Evidence,
    IReadOnlyList<SimilarExampleBody>? SimilarExamples = null)
{
    /// <summary>Maps one core recommendation.</summary>
    public static RecommendationBody From(Recommendation r) => new(r.Category.Id, r.Category.ProgrammeId, r.Category.Code,
        r.Category.Title, r.Category.TitleEn, r.Score, r.Similarity, r.RedirectedFrom, r.Eligible,
        r.Subcategory.Select(SubcategoryBody.From).ToList(), r.Evidence.Select(EvidenceBody.From).ToList(),
        r.SimilarExamples?.Select(SimilarExampleBody.From).ToList());
}

/// <summary>A labelled example that voted: its category, similarity and source only.</summary>
/// <param name="CategoryId">The category the example was filed in.</param>
/// <param name="Similarity">Its similarity to the text, 0..1.</param>
/// <param name="Source"><c>builtin</c> (the corpus) or <c>organiser</c>.</param>
public sealed record SimilarExampleBody(string CategoryId, double Similarity, string Source)
{
    /// <summary>Maps the core's similar example.</summary>
    public static SimilarExampleBody From(SimilarExample e) =>
        new(e.CategoryId, e.Similarity, e.Source == CategoryMatch.Core.Examples.ExampleSource.Organiser ? "organiser" : "builtin");
}

/// <summary>A sub-category the text points to.</summary>
public sealed record SubcategoryBody(string Id, string Dimension, string Title, string TitleEn)
{
    /// <summary>Maps a catalog sub-category.</summary>
    public static SubcategoryBody From(Subcategory s) => new(s.Id, s.Dimension, s.Title, s.TitleEn);
}

/// <summary>Something in the entry's text that supports (or limits) a recommendation, for a person to read.</summary>
/// <param name="Kind"><c>concept</c>, <c>term</c>, <c>rule</c> or <c>eligibility</c>.</param>
/// <param name="Label">What was recognised, in English (a concept's name, a rule's reason).</param>
/// <param name="Matched">The words of the entry's text, as written, when the evidence points at words.</param>
/// <param name="Start">Offset of the matched words in the text, for highlighting; -1 when none.</param>
/// <param name="Length">Length of the matched words in the text; 0 when none.</param>
public sealed record EvidenceBody(string Kind, string Label, string? Matched, int Start, int Length)
{
    /// <summary>Maps the core's evidence; the quoted words are cut from the text here, as the response is written.</summary>
    public static EvidenceBody From(Evidence e) => new(e.Kind, e.Label, e.Matched, e.Start, e.Length);
}
