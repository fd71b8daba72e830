using CategoryMatch.Core.Examples;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// One of the labelled examples that voted for a recommendation, as an entrant may see it: where it was
/// filed and how similar it is, never its text or id (an organiser's examples are other entrants' confidential entries).
/// </summary>
/// <param name="CategoryId">The example's category.</param>
/// <param name="Similarity">Its similarity to the text, 0..1.</param>
/// <param name="Source">Builtin corpus or organiser.</param>
public sealed record SimilarExample(string CategoryId, double Similarity, ExampleSource Source);
