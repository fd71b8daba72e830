using CategoryMatch.Core.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// What the collection behind the alias holds of this process's catalog: its catalog fingerprint (written by
/// the indexer) compared with the model's. Read at start, again once <see cref="QdrantOptions.CatalogRefresh"/>
/// has passed (an indexer run may have moved the alias), and on every <c>/health</c>; each mismatch is logged once.
/// </summary>
public sealed class IndexedCatalog(RecommenderModel model, QdrantConnection qdrant, IOptions<QdrantOptions> options,
    ILogger<IndexedCatalog> logger, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly CatalogFingerprint _catalog = CatalogFingerprint.Of(model.Catalog);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);
    // A reference, swapped whole: requests read it without the lock, and must never see half of a reading.
    private volatile Reading? _last;

    /// <summary>The fingerprint of this process's catalog.</summary>
    public CatalogFingerprint Catalog => _catalog;

    /// <summary>The coverage last read, read again when older than <see cref="QdrantOptions.CatalogRefresh"/>.</summary>
    /// <exception cref="QdrantCallException">Qdrant failed, or holds no collection behind the alias.</exception>
    public async ValueTask<CatalogCoverage> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } coverage) return coverage;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited while another request read it uses that reading.
            return Fresh() ?? await ReadAsync(cancellationToken);
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>Reads the fingerprint of the collection behind the alias now and compares it with the catalog.</summary>
    /// <exception cref="QdrantCallException">Qdrant failed, or holds no collection behind the alias.</exception>
    public async Task<CatalogCoverage> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(cancellationToken);
        }
        finally
        {
            _reading.Release();
        }
    }

    private CatalogCoverage? Fresh() =>
        _last is { } last && _clock.GetElapsedTime(last.ReadAt) < options.Value.CatalogRefresh ? last.Coverage : null;

    private async Task<CatalogCoverage> ReadAsync(CancellationToken cancellationToken)
    {
        var alias = options.Value.Alias;
        var info = await qdrant.CallAsync($"read the catalog fingerprint of '{alias}'", (client, token) => client.GetCollectionInfoAsync(alias, token), cancellationToken);
        var indexed = CategoryCollection.FingerprintOf(info.Config.Metadata);
        var coverage = indexed is null ? CatalogCoverage.Unknown : _catalog.Cover(indexed);
        LogOnce(indexed, coverage);
        _last = new Reading(coverage, _clock.GetTimestamp());
        return coverage;
    }

    // Once per collection state, not per request: the log says what to do, the requests' 503s say it to callers.
    private void LogOnce(CatalogFingerprint? indexed, CatalogCoverage coverage)
    {
        if (coverage.SameCatalog || !_logged.Add(indexed?.Hash ?? "")) return;
        if (indexed is null) QdrantLog.NoFingerprint(logger, options.Value.Alias);
        else if (coverage.Missing.Count > 0)
            QdrantLog.CatalogMismatch(logger, coverage.Describe(), string.Join(", ", coverage.Missing.Keys), indexed.Hash, _catalog.Hash);
        else QdrantLog.CatalogChanged(logger, options.Value.Alias, coverage.Extra.Count > 0 ? coverage.Describe() : "titles or codes differ");
    }

    private sealed record Reading(CatalogCoverage Coverage, long ReadAt);
}
