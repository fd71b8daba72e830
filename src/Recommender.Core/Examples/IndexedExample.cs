using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// A labelled example as a nearest-neighbour index keeps it: no text (an organiser's text is
/// confidential and the vote never needs it), only what a neighbour reports and its vector.
/// </summary>
/// <param name="Id">The example's id, unique within its programme.</param>
/// <param name="Program">The programme's id.</param>
/// <param name="CategoryId">The example's category.</param>
/// <param name="Source">Builtin corpus or organiser.</param>
/// <param name="Vector">Its <see cref="ExampleVectors"/> vector.</param>
public sealed record IndexedExample(string Id, string Program, string CategoryId, ExampleSource Source, SparseVector Vector);
