namespace CategoryMatch.Core.Qdrant;

/// <summary>A point a query returned, with its score and the payload fields asked for.</summary>
public sealed record ScoredPoint(Guid Id, double Score, IReadOnlyDictionary<string, string> Payload);
