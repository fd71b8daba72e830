namespace CategoryMatch.Core.Examples;

/// <summary>One of the labelled examples nearest to a text, as the ranking's vote reads it.</summary>
/// <param name="ExampleId">The example's id: internal only, never returned by entrant-facing endpoints.</param>
/// <param name="CategoryId">The example's category.</param>
/// <param name="Similarity">Similarity of the example to the text, 0..1.</param>
/// <param name="Source">Builtin corpus or organiser.</param>
public readonly record struct ExampleNeighbour(string ExampleId, string CategoryId, float Similarity, ExampleSource Source);
