namespace CategoryMatch.Core.Examples;

/// <summary>
/// A text whose category is known: from the built-in corpus (<c>data/examples</c>) or loaded by a
/// programme's organiser (last seasons' entries as the jury finally judged them, entries moved in an audit).
/// </summary>
/// <param name="Id">The example's id, unique within its programme (the organiser's own id for theirs).</param>
/// <param name="Program">The programme's id, e.g. <c>ru-cca</c>.</param>
/// <param name="CategoryId">The canonical category id, e.g. <c>ru-cca:13</c>.</param>
/// <param name="Text">The entry's text. An organiser's text is confidential: never shown to entrants.</param>
/// <param name="Lang">The text's language when known (el, en, lt, ru, tr).</param>
/// <param name="Source">Where the example comes from.</param>
public sealed record LabelledExample(string Id, string Program, string CategoryId, string Text, string? Lang, ExampleSource Source)
{
    /// <summary>
    /// Its <see cref="ExampleVectors"/> vector when the store that holds it encoded it when it was written
    /// (<see cref="ExampleEncoding"/>); null: an index encodes <see cref="Text"/> itself.
    /// </summary>
    public Encoding.SparseVector? Vector { get; init; }
}
