namespace CategoryMatch.Core.Examples;

/// <summary>How many examples one category has, per source.</summary>
/// <param name="CategoryId">The category.</param>
/// <param name="Builtin">From the builtin corpus.</param>
/// <param name="Organiser">Loaded by the organiser.</param>
public sealed record CategoryExampleCount(string CategoryId, int Builtin, int Organiser);
