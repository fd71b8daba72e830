using CategoryMatch.Core.Qdrant;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// Passes every call to the real client, but kills the real server after the first upsert batch:
/// the indexer is then in the middle of writing a new version, which is when a crash hurts most.
/// </summary>
public sealed class CrashingQdrantClient(IQdrantClient inner, QdrantServer server) : IQdrantClient
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => inner.IsReadyAsync(cancellationToken);
    public Task<IReadOnlyList<string>> ListCollectionsAsync(CancellationToken cancellationToken = default) => inner.ListCollectionsAsync(cancellationToken);
    public Task CreateCollectionAsync(string collection, CollectionSchema schema, CancellationToken cancellationToken = default) => inner.CreateCollectionAsync(collection, schema, cancellationToken);
    public Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken = default) => inner.DeleteCollectionAsync(collection, cancellationToken);
    public Task<IReadOnlyList<CollectionAlias>> ListAliasesAsync(CancellationToken cancellationToken = default) => inner.ListAliasesAsync(cancellationToken);
    public Task SwitchAliasAsync(string alias, string collection, CancellationToken cancellationToken = default) => inner.SwitchAliasAsync(alias, collection, cancellationToken);
    public Task CreateKeywordIndexAsync(string collection, string field, CancellationToken cancellationToken = default) => inner.CreateKeywordIndexAsync(collection, field, cancellationToken);
    public Task<IReadOnlyList<ScoredPoint>> QueryAsync(string collection, HybridQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(collection, query, cancellationToken);
    public Task<long> CountAsync(string collection, CancellationToken cancellationToken = default) => inner.CountAsync(collection, cancellationToken);
    public Task<SnapshotInfo> CreateSnapshotAsync(string collection, CancellationToken cancellationToken = default) => inner.CreateSnapshotAsync(collection, cancellationToken);
    public Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(string collection, CancellationToken cancellationToken = default) => inner.ListSnapshotsAsync(collection, cancellationToken);

    public async Task UpsertAsync(string collection, IReadOnlyList<QdrantPoint> points, int batchSize = 64, CancellationToken cancellationToken = default)
    {
        await inner.UpsertAsync(collection, [.. points.Take(batchSize)], batchSize, cancellationToken);
        server.Kill();
        await inner.UpsertAsync(collection, [.. points.Skip(batchSize)], batchSize, cancellationToken);
    }
}
