namespace CategoryMatch.Core.Qdrant;

/// <summary>An alias and the collection it points at.</summary>
public sealed record CollectionAlias(string AliasName, string CollectionName);
