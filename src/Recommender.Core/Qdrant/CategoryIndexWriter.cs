using System.Diagnostics;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Writes every category to Qdrant without ever exposing a half-built index: a new versioned
/// collection is built and verified while the alias keeps pointing at the last complete one; then
/// one atomic request moves the alias, and older versions are dropped. A crash at any step before
/// the switch leaves readers on the previous version; the next run clears the leftover. Runs hold the
/// indexers' lock (<see cref="IndexLock"/>) throughout, so two started together write one after the other,
/// and even a run that lost the lock never deletes the collection the alias points at nor one newer than its own.
/// </summary>
public sealed class CategoryIndexWriter(QdrantConnection qdrant, IndexLock indexLock, IOptions<QdrantOptions> options,
    ILogger<CategoryIndexWriter> logger, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Builds a new version of the category collection from <paramref name="model"/> and switches the alias to it.</summary>
    /// <exception cref="QdrantCallException">Qdrant failed; the alias is where it was.</exception>
    /// <exception cref="InvalidOperationException">
    /// The new collection does not hold every category, the lock was not free within <see cref="QdrantOptions.LockWait"/>,
    /// or it was lost; the alias is where it was.
    /// </exception>
    public Task<CategoryIndexReport> WriteAsync(RecommenderModel model, CancellationToken cancellationToken = default) =>
        WriteAsync(model, neural: null, cancellationToken);

    /// <summary>
    /// As <see cref="WriteAsync(RecommenderModel, CancellationToken)"/>; with <paramref name="neural"/>, every
    /// point also carries its category's neural vector as the dense vector <see cref="CategoryCollection.NeuralVector"/>.
    /// </summary>
    public async Task<CategoryIndexReport> WriteAsync(RecommenderModel model, CategoryNeuralVectors? neural, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var alias = options.Value.Alias;
        var fingerprint = CatalogFingerprint.Of(model.Catalog);
        var points = model.CategoryVectors
            .Select(v => CategoryCollection.ToPoint(v, model.Catalog.FindProgramme(v.Category.ProgrammeId)!, neural?.Of(v.Category.Id)))
            .ToList();

        await using var lease = await indexLock.AcquireAsync(cancellationToken);
        var collection = NewVersion(alias);
        var created = false;
        string? previous;
        try
        {
            await qdrant.CallAsync($"create collection '{collection}'", (client, token) => client.CreateCollectionAsync(collection,
                CategoryCollection.DenseVectors(model.Encoder.Dimensions, neural?.Dimensions), CategoryCollection.Metadata(fingerprint),
                sparseVectorsConfig: CategoryCollection.SparseVectors(), cancellationToken: token), cancellationToken);
            created = true;
            QdrantLog.CollectionCreated(logger, collection, model.Encoder.Dimensions);
            // Indexes before points, as Qdrant advises, so the filterable HNSW graph is built with them.
            foreach (var field in CategoryCollection.IndexedFields)
                await qdrant.CallAsync($"index payload field '{field}' of '{collection}'", (client, token) =>
                    client.CreatePayloadIndexAsync(collection, field, PayloadSchemaType.Keyword, wait: true, cancellationToken: token), cancellationToken);
            var written = 0;
            foreach (var batch in points.Chunk(options.Value.BatchSize))
            {
                // wait: the batch is applied when the call returns, so a count right after is exact.
                await qdrant.CallAsync($"upsert points {written}..{written + batch.Length - 1} into '{collection}'", (client, token) =>
                    client.UpsertAsync(collection, batch, wait: true, cancellationToken: token), cancellationToken);
                written += batch.Length;
            }
            QdrantLog.PointsWritten(logger, points.Count, collection);

            var count = await qdrant.CallAsync($"count the points of '{collection}'", (client, token) =>
                client.CountAsync(collection, exact: true, cancellationToken: token), cancellationToken);
            if (count != (ulong)points.Count)
                throw new InvalidOperationException(
                    $"Collection '{collection}' holds {count} points after writing {points.Count} categories; the alias '{alias}' was left where it was.");

            await lease.EnsureHeldAsync(cancellationToken);
            previous = await AliasTargetAsync(alias, cancellationToken);
            if (previous is not null && IsNewer(previous, collection))
                throw new InvalidOperationException(
                    $"The alias '{alias}' already points at '{previous}', newer than this run's '{collection}': the alias was left there.");
            // Both actions in one request: Qdrant applies them atomically, so readers never see no alias.
            await qdrant.CallAsync($"point alias '{alias}' at '{collection}'", (client, token) => client.UpdateAliasesAsync(
                [
                    new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = alias } },
                    new AliasOperations { CreateAlias = new CreateAlias { AliasName = alias, CollectionName = collection } },
                ], cancellationToken: token), cancellationToken);
            QdrantLog.AliasSwitched(logger, alias, collection);
        }
        catch
        {
            // Only a collection this run created: a failed create may have hit another run's name.
            if (created) await TryDeleteAsync(collection);
            throw;
        }

        var dropped = await DropOlderVersionsAsync(alias, collection, cancellationToken);
        return new CategoryIndexReport(alias, collection, previous, dropped,
            model.Catalog.Programmes.Count, points.Count, model.Encoder.Dimensions,
            model.CategoryVectors.Sum(v => v.Terms.Indices.Length), fingerprint.Hash, lease.Waited, Stopwatch.GetElapsedTime(started));
    }

    // Complete older versions and the leftovers of runs that were killed. Never one newer than this run's
    // (another run may be writing it), and never the alias's target, read again before each delete.
    private async Task<List<string>> DropOlderVersionsAsync(string alias, string collection, CancellationToken cancellationToken)
    {
        var dropped = new List<string>();
        var prefix = CategoryCollection.VersionPrefix(alias);
        foreach (var old in await qdrant.CallAsync("list collections", (client, token) => client.ListCollectionsAsync(token), cancellationToken))
        {
            if (old == collection || !old.StartsWith(prefix, StringComparison.Ordinal) || IsNewer(old, collection)) continue;
            if (await AliasTargetAsync(alias, cancellationToken) == old) continue;
            await qdrant.CallAsync($"delete collection '{old}'", (client, token) => client.DeleteCollectionAsync(old, cancellationToken: token), cancellationToken);
            QdrantLog.OldVersionDropped(logger, old);
            dropped.Add(old);
        }
        return dropped;
    }

    private async Task<string?> AliasTargetAsync(string alias, CancellationToken cancellationToken) =>
        (await qdrant.CallAsync("list aliases", (client, token) => client.ListAliasesAsync(token), cancellationToken))
        .FirstOrDefault(a => a.AliasName == alias)?.CollectionName;

    // The time first, so names sort by age; a random tail, so two runs in the same millisecond never share a name.
    private string NewVersion(string alias) =>
        $"{CategoryCollection.VersionPrefix(alias)}{_clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..8]}";

    private static bool IsNewer(string collection, string than) => string.CompareOrdinal(collection, than) > 0;

    // Best effort: when Qdrant itself is what failed, this fails too, and the next run drops the leftover.
    private async Task TryDeleteAsync(string collection)
    {
        try
        {
            await qdrant.CallAsync($"delete collection '{collection}'", (client, token) => client.DeleteCollectionAsync(collection, cancellationToken: token));
            QdrantLog.OwnCollectionDropped(logger, collection);
        }
        catch (QdrantCallException)
        {
        }
    }
}
