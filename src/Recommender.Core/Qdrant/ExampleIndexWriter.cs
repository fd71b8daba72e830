using CategoryMatch.Core.Examples;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Writes the builtin examples to Qdrant as the categories are written (<see cref="CategoryIndexWriter"/>): a new
/// versioned collection, verified, then the alias <see cref="ExampleStoreOptions.BuiltinAlias"/> moved to it in one
/// atomic request and older versions dropped. Organisers' examples live in a collection of their own that this
/// writer never touches.
/// </summary>
public sealed class ExampleIndexWriter(QdrantConnection qdrant, IOptions<ExampleStoreOptions> examples,
    IOptions<QdrantOptions> options, ILogger<ExampleIndexWriter> logger, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Creates <paramref name="collection"/> with the example layout: named vectors, then the keyword indexes.</summary>
    public static async Task CreateAsync(QdrantConnection qdrant, string collection, int dimensions, CancellationToken cancellationToken = default)
    {
        await qdrant.CallAsync($"create collection '{collection}'", (client, token) => client.CreateCollectionAsync(collection,
            CategoryCollection.DenseVectors(dimensions), sparseVectorsConfig: CategoryCollection.ExampleSparseVectors(), cancellationToken: token), cancellationToken);
        // Indexes before points, as Qdrant advises, so the filterable HNSW graph is built with them.
        foreach (var field in ExampleCollection.IndexedFields)
            await qdrant.CallAsync($"index payload field '{field}' of '{collection}'", (client, token) =>
                client.CreatePayloadIndexAsync(collection, field, PayloadSchemaType.Keyword, wait: true, cancellationToken: token), cancellationToken);
    }

    /// <summary>Writes <paramref name="builtin"/>, encoded by <paramref name="model"/>, as a new version and switches the alias to it; returns the new collection's name.</summary>
    /// <exception cref="QdrantCallException">Qdrant failed; the alias is where it was.</exception>
    /// <exception cref="InvalidOperationException">The new collection does not hold every example; the alias is where it was.</exception>
    public async Task<string> WriteAsync(RecommenderModel model, BuiltinExamples builtin, CancellationToken cancellationToken = default)
    {
        var alias = examples.Value.BuiltinAlias;
        var prefix = CategoryCollection.VersionPrefix(alias);
        var collection = $"{prefix}{_clock.GetUtcNow():yyyyMMdd-HHmmss-fff}";
        try
        {
            await CreateAsync(qdrant, collection, model.Encoder.Dimensions, cancellationToken);
            var written = 0;
            foreach (var batch in builtin.Examples.Chunk(Math.Max(options.Value.BatchSize, 256)))
            {
                var points = batch.Select(e => ExampleCollection.ToPoint(e, model.Encoder.Encode(e.Text, e.Lang))).ToList();
                await qdrant.CallAsync($"upsert examples {written}..{written + points.Count - 1} into '{collection}'", (client, token) =>
                    client.UpsertAsync(collection, points, wait: true, cancellationToken: token), cancellationToken);
                written += points.Count;
            }
            var count = await qdrant.CallAsync($"count the points of '{collection}'", (client, token) =>
                client.CountAsync(collection, exact: true, cancellationToken: token), cancellationToken);
            if (count != (ulong)builtin.Examples.Count)
                throw new InvalidOperationException($"Collection '{collection}' holds {count} points after writing {builtin.Examples.Count} examples; the alias '{alias}' was left where it was.");
        }
        catch
        {
            await TryDeleteAsync(collection);
            throw;
        }
        await qdrant.CallAsync($"point alias '{alias}' at '{collection}'", (client, token) => client.UpdateAliasesAsync(
            [
                new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = alias } },
                new AliasOperations { CreateAlias = new CreateAlias { AliasName = alias, CollectionName = collection } },
            ], cancellationToken: token), cancellationToken);
        QdrantLog.AliasSwitched(logger, alias, collection);
        foreach (var old in await qdrant.CallAsync("list collections", (client, token) => client.ListCollectionsAsync(token), cancellationToken))
            if (old != collection && old.StartsWith(prefix, StringComparison.Ordinal))
            {
                await qdrant.CallAsync($"delete collection '{old}'", (client, token) => client.DeleteCollectionAsync(old, cancellationToken: token), cancellationToken);
                QdrantLog.OldVersionDropped(logger, old);
            }
        return collection;
    }

    // Best effort: when Qdrant itself is what failed, this fails too, and the next run drops the leftover.
    private async Task TryDeleteAsync(string collection)
    {
        try
        {
            await qdrant.CallAsync($"delete collection '{collection}'", (client, token) => client.DeleteCollectionAsync(collection, cancellationToken: token));
        }
        catch (QdrantCallException)
        {
        }
    }
}
