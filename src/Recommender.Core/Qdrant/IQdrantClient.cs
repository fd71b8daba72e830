namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// The part of Qdrant the product uses: collections with named dense and sparse vectors, aliases,
/// batched upserts, hybrid queries with payload filters, payload indexes, counts and snapshots.
/// Shaped after Qdrant.Client so that the official client can replace the REST implementation.
/// Every failure is a <see cref="QdrantException"/>.
/// </summary>
public interface IQdrantClient
{
    /// <summary>True when the server answers its readiness probe (<c>/readyz</c>).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);

    /// <summary>The names of every collection (not aliases).</summary>
    Task<IReadOnlyList<string>> ListCollectionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates <paramref name="collection"/> with the named vectors of <paramref name="schema"/>.</summary>
    Task CreateCollectionAsync(string collection, CollectionSchema schema, CancellationToken cancellationToken = default);

    /// <summary>Deletes <paramref name="collection"/> and the aliases that point at it; a missing collection is not an error.</summary>
    Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken = default);

    /// <summary>Every alias of the server.</summary>
    Task<IReadOnlyList<CollectionAlias>> ListAliasesAsync(CancellationToken cancellationToken = default);

    /// <summary>Points <paramref name="alias"/> at <paramref name="collection"/> in one atomic request (delete, then create).</summary>
    Task SwitchAliasAsync(string alias, string collection, CancellationToken cancellationToken = default);

    /// <summary>Creates a keyword index on the payload field <paramref name="field"/>.</summary>
    Task CreateKeywordIndexAsync(string collection, string field, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="points"/> in batches of <paramref name="batchSize"/>, waiting for each to be applied.</summary>
    Task UpsertAsync(string collection, IReadOnlyList<QdrantPoint> points, int batchSize = 64, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="query"/> against a collection or alias; best first.</summary>
    Task<IReadOnlyList<ScoredPoint>> QueryAsync(string collection, HybridQuery query, CancellationToken cancellationToken = default);

    /// <summary>The exact number of points in a collection or alias.</summary>
    Task<long> CountAsync(string collection, CancellationToken cancellationToken = default);

    /// <summary>Creates a snapshot of <paramref name="collection"/> and waits for it.</summary>
    Task<SnapshotInfo> CreateSnapshotAsync(string collection, CancellationToken cancellationToken = default);

    /// <summary>The snapshots of <paramref name="collection"/>.</summary>
    Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(string collection, CancellationToken cancellationToken = default);
}
