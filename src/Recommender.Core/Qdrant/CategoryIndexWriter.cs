using System.Diagnostics;
using CategoryMatch.Core.Encoding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Writes every category to Qdrant without ever exposing a half-built index: a new versioned
/// collection is built and verified while the alias keeps pointing at the last complete one; then
/// one atomic request moves the alias, and older versions are dropped. A crash at any step before
/// the switch leaves readers on the previous version; the next run clears the leftover.
/// </summary>
public sealed class CategoryIndexWriter(IQdrantClient client, IOptions<QdrantOptions> options, ILogger<CategoryIndexWriter> logger,
    TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Builds a new version of the category collection from <paramref name="model"/> and switches the alias to it.</summary>
    /// <exception cref="QdrantException">Qdrant failed; the alias is where it was.</exception>
    /// <exception cref="InvalidOperationException">The new collection does not hold every category; the alias is where it was.</exception>
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
        var collection = $"{CategoryCollection.VersionPrefix(alias)}{_clock.GetUtcNow():yyyyMMdd-HHmmss-fff}";
        var points = model.CategoryVectors
            .Select(v => WithNeural(CategoryCollection.ToPoint(v, model.Catalog.FindProgramme(v.Category.ProgrammeId)!), neural?.Of(v.Category.Id)))
            .ToList();

        try
        {
            await client.CreateCollectionAsync(collection, CategoryCollection.Schema(model.Encoder.Dimensions, neural?.Dimensions), cancellationToken);
            QdrantLog.CollectionCreated(logger, collection, model.Encoder.Dimensions);
            // Indexes before points, as Qdrant advises, so the filterable HNSW graph is built with them.
            foreach (var field in CategoryCollection.IndexedFields)
                await client.CreateKeywordIndexAsync(collection, field, cancellationToken);
            await client.UpsertAsync(collection, points, options.Value.BatchSize, cancellationToken);
            QdrantLog.PointsWritten(logger, points.Count, collection);

            var count = await client.CountAsync(collection, cancellationToken);
            if (count != points.Count)
                throw new InvalidOperationException(
                    $"Collection '{collection}' holds {count} points after writing {points.Count} categories; the alias '{alias}' was left where it was.");
        }
        catch
        {
            await TryDeleteAsync(collection);
            throw;
        }

        var previous = (await client.ListAliasesAsync(cancellationToken)).FirstOrDefault(a => a.AliasName == alias)?.CollectionName;
        await client.SwitchAliasAsync(alias, collection, cancellationToken);
        QdrantLog.AliasSwitched(logger, alias, collection);

        var dropped = new List<string>();
        foreach (var old in await client.ListCollectionsAsync(cancellationToken))
        {
            if (old == collection || !old.StartsWith(CategoryCollection.VersionPrefix(alias), StringComparison.Ordinal)) continue;
            await client.DeleteCollectionAsync(old, cancellationToken);
            QdrantLog.OldVersionDropped(logger, old);
            dropped.Add(old);
        }

        return new CategoryIndexReport(alias, collection, previous, dropped,
            model.Catalog.Programmes.Count, points.Count, model.Encoder.Dimensions,
            model.CategoryVectors.Sum(v => v.Terms.Indices.Length), Stopwatch.GetElapsedTime(started));
    }

    private static QdrantPoint WithNeural(QdrantPoint point, float[]? neural) => neural is null ? point
        : point with { Dense = new Dictionary<string, float[]>(point.Dense) { [CategoryCollection.NeuralVector] = neural } };

    // Best effort: when Qdrant itself is what failed, this fails too, and the next run drops the leftover.
    private async Task TryDeleteAsync(string collection)
    {
        try
        {
            await client.DeleteCollectionAsync(collection, CancellationToken.None);
        }
        catch (QdrantException)
        {
        }
    }
}
