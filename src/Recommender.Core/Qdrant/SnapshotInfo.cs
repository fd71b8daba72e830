namespace CategoryMatch.Core.Qdrant;

/// <summary>A snapshot of a collection on the server.</summary>
public sealed record SnapshotInfo(string Name, DateTime? CreationTime, long Size);
