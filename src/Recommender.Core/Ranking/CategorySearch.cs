using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>One entry's search among many (<see cref="ICategoryIndex.SearchManyAsync"/>).</summary>
/// <param name="Entry">The encoded entry.</param>
/// <param name="ProgrammeId">The programme whose categories are scored; null for every programme.</param>
public readonly record struct CategorySearch(EncodedEntry Entry, string? ProgrammeId);
