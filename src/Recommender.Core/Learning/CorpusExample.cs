using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// One labelled text of the corpus in data/examples (data/examples/README.md): what an entrant, a
/// journalist or a vendor wrote, the programme it is for, the category it belongs in, and who wrote it.
/// </summary>
/// <param name="Id">Unique across the corpus.</param>
/// <param name="Program">The programme the text is for.</param>
/// <param name="Lang">The language the text is written in (el, lt, ru, tr, en).</param>
/// <param name="Text">The text.</param>
/// <param name="Expected">The category it belongs in (rarely two); empty for an out-of-domain text.</param>
/// <param name="Acceptable">Other categories a careful judge would also accept (reviewers' disagreements land here).</param>
/// <param name="Filed">The category the entrant filed it in, when the text is a filed entry.</param>
/// <param name="Writer">The writer's id (W01...): the unit that held-out evaluation leaves out.</param>
/// <param name="Genre">One of <see cref="Genres"/>.</param>
/// <param name="Subject">What the text is about (individual, team, department, contact-centre, organisation, project, partnership, none), when recorded.</param>
/// <param name="Reviewer">The writer who labelled the text again, blind, when it was reviewed.</param>
/// <param name="NearDomain">For an out-of-domain text: true when it comes from a business or public-sector setting and borrows the domain's words.</param>
/// <param name="Season">True for a season writer's text: one of a programme's past entries, its writer's texts together standing for an organiser's archive (each a different entrant's story).</param>
public sealed record CorpusExample(
    string Id, string Program, string Lang, string Text,
    IReadOnlyList<string> Expected, IReadOnlyList<string> Acceptable, string? Filed,
    string Writer, string Genre, string? Subject, string? Reviewer = null, bool? NearDomain = null, bool Season = false)
{
    /// <summary>The genres of the corpus: how real texts about an achievement are written.</summary>
    public static readonly IReadOnlyList<string> Genres =
        ["jury-essay", "one-liner", "bullets", "press-release", "case-study", "news", "interview", "social"];

    /// <summary>The subjects a text can be about.</summary>
    public static readonly IReadOnlyList<string> Subjects =
        ["individual", "team", "department", "contact-centre", "organisation", "project", "partnership", "none"];

    /// <summary>Shortest and longest text the corpus holds, in characters.</summary>
    public const int MinLength = 60, MaxLength = 3000;

    /// <summary>True when some category fits the text.</summary>
    public bool InDomain => Expected.Count > 0;

    /// <summary>The length band figures are reported by: under 200 characters, 200–1,000, over 1,000.</summary>
    public string LengthBand => Text.Length < 200 ? "<200" : Text.Length <= 1000 ? "200-1000" : ">1000";

    /// <summary>The example as an evaluation case of kind <paramref name="kind"/> (see <see cref="LabelledCorpus.KindOf"/>).</summary>
    public EvaluationCase ToCase(string kind) => new(Id, kind, Lang, Program, Text, Expected, Acceptable, Filed);
}
