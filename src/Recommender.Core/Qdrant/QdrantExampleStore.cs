using System.Diagnostics;
using System.Runtime.CompilerServices;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Examples in Qdrant, in two collections: the builtin corpus behind the alias <see cref="ExampleStoreOptions.BuiltinAlias"/>,
/// rewritten as a new version by the indexer, and organisers' examples in <see cref="ExampleStoreOptions.OrganiserCollection"/>,
/// which only this store writes, so re-indexing the corpus can never lose or resurrect an organiser's example. An upload is
/// one upsert request with <c>wait</c>, which Qdrant applies whole or not at all, and acknowledges once it is in its WAL.
/// </summary>
public sealed class QdrantExampleStore(RecommenderModel model, QdrantConnection qdrant, IOptions<ExampleStoreOptions> options,
    IEnumerable<IExampleSink>? sinks = null)
    : IExampleStore
{
    // Told of every write Qdrant acknowledged (wait: true), in order: the API's in-memory index the vote reads.
    private readonly IReadOnlyList<IExampleSink> _sinks = sinks?.ToList() ?? [];

    private readonly string _organisers = options.Value.OrganiserCollection;
    private readonly string _builtin = options.Value.BuiltinAlias;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;
    // Collections seen to exist: they are not dropped while the API runs, so each is checked until first found.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _existing = new(StringComparer.Ordinal);
    // A collection found missing is asked about again only after this long: before the indexer has run, every
    // lookup would otherwise pay an extra round trip to learn that the builtin alias is still missing.
    private static readonly TimeSpan RecheckMissingAfter = TimeSpan.FromSeconds(5);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _missingSince = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<ExampleWriteResult> UpsertAsync(string program, IReadOnlyList<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        foreach (var example in examples)
            if (example.Program != program || example.Source != ExampleSource.Organiser)
                throw new ArgumentException($"Example '{example.Id}' is not an organiser's example of '{program}'.", nameof(examples));
        await EnsureOrganiserCollectionAsync(cancellationToken);
        var ids = examples.Select(e => (PointId)ExampleCollection.PointId(program, e.Id)).ToList();
        var builtin = (await RetrieveAsync(_builtin, ids, cancellationToken)).Select(p => p.Payload[ExampleCollection.IdField].StringValue).ToHashSet(StringComparer.Ordinal);
        var existing = (await RetrieveAsync(_organisers, ids, cancellationToken)).Select(p => p.Payload[ExampleCollection.IdField].StringValue).ToHashSet(StringComparer.Ordinal);
        var written = examples.Where(e => !builtin.Contains(e.Id)).ToList();
        if (written.Count > 0)
        {
            var points = written.Select(e => ExampleCollection.ToPoint(e, model.Encoder.Encode(e.Text, e.Lang))).ToList();
            await qdrant.CallAsync($"upsert {points.Count} examples into '{_organisers}'", (client, token) =>
                client.UpsertAsync(_organisers, points, wait: true, cancellationToken: token), cancellationToken);
            foreach (var sink in _sinks) sink.Upserted(written);
        }
        var updated = written.Count(e => existing.Contains(e.Id));
        return new ExampleWriteResult(written.Count - updated, updated, [.. examples.Where(e => builtin.Contains(e.Id)).Select(e => e.Id)]);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string program, string id, CancellationToken cancellationToken = default)
    {
        PointId point = ExampleCollection.PointId(program, id);
        if ((await RetrieveAsync(_organisers, [point], cancellationToken)).Count == 0) return false;
        await qdrant.CallAsync($"delete example '{id}' from '{_organisers}'", (client, token) =>
            client.DeleteAsync(_organisers, [point], wait: true, cancellationToken: token), cancellationToken);
        foreach (var sink in _sinks) sink.Removed(program, id);
        return true;
    }

    /// <inheritdoc />
    public async Task<ExamplePage> ListAsync(ExampleQuery query, CancellationToken cancellationToken = default)
    {
        var filter = Filter(query.Program, query.CategoryId);
        // Builtin first, then the organiser's, each in Qdrant's id order: a page may span both collections.
        var sources = new List<(string Collection, long Count)>();
        if (query.Source is null or ExampleSource.Builtin) sources.Add((_builtin, await CountAsync(_builtin, filter, cancellationToken)));
        if (query.Source is null or ExampleSource.Organiser) sources.Add((_organisers, await CountAsync(_organisers, filter, cancellationToken)));
        var examples = new List<LabelledExample>();
        long skip = query.Skip;
        foreach (var (collection, count) in sources)
        {
            if (skip >= count)
            {
                skip -= count;
                continue;
            }
            var take = query.PageSize - examples.Count;
            if (take <= 0) break;
            var points = await qdrant.CallAsync($"list examples of '{collection}'", (client, token) => client.QueryAsync(collection, filter: filter,
                limit: (ulong)take, offset: (ulong)skip, payloadSelector: true, cancellationToken: token), cancellationToken);
            examples.AddRange(points.Select(p => ExampleCollection.FromPayload(p.Payload)));
            skip = 0;
        }
        return new ExamplePage((int)sources.Sum(s => s.Count), query.Page, query.PageSize, examples);
    }

    /// <inheritdoc />
    public async Task<ExampleStats> StatsAsync(string program, CancellationToken cancellationToken = default)
    {
        var rows = new List<(string, ExampleSource, int)>();
        var limit = (ulong)Math.Max(1, model.Catalog.FindProgramme(program)?.Categories.Count ?? 1);
        foreach (var (collection, source) in new[] { (_builtin, ExampleSource.Builtin), (_organisers, ExampleSource.Organiser) })
        {
            if (!await ExistsAsync(collection, cancellationToken)) continue;
            var hits = await qdrant.CallAsync($"count examples per category in '{collection}'", (client, token) =>
                client.FacetAsync(collection, ExampleCollection.CategoryField, Filter(program, null), limit, exact: true, cancellationToken: token), cancellationToken);
            foreach (var hit in hits.Hits) rows.Add((hit.Value.StringValue, source, (int)hit.Count));
        }
        return ExampleStats.From(program, rows);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LabelledExample> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var collection in new[] { _builtin, _organisers })
        {
            if (!await ExistsAsync(collection, cancellationToken)) continue;
            PointId? offset = null;
            do
            {
                var page = await qdrant.CallAsync($"read the examples of '{collection}'", (client, token) =>
                    client.ScrollAsync(collection, limit: 1000, offset: offset, payloadSelector: true, cancellationToken: token), cancellationToken);
                foreach (var point in page.Result) yield return ExampleCollection.FromPayload(point.Payload);
                offset = page.NextPageOffset;
            }
            while (offset is not null);
        }
    }

    /// <summary>
    /// Each category's <paramref name="k"/> nearest organiser examples among the <see cref="ExampleNeighbour.PoolOf"/>(k) nearest
    /// of each text's programme, nearest first, asked in one query batch per <see cref="QdrantConnection.QueryBatchSize"/> texts:
    /// every API process's acknowledged writes, found by the next request of any of them. Before any organiser has
    /// written, every list is empty.
    /// </summary>
    public async Task<IReadOnlyList<ExampleNeighbour>[]> NearestOrganisersAsync(IReadOnlyList<(string Program, EncodedEntry Entry)> texts, int k,
        CancellationToken cancellationToken = default)
    {
        var lists = new IReadOnlyList<ExampleNeighbour>[texts.Count];
        Array.Fill(lists, []);
        var asked = new List<(int At, QueryPoints Query)>(texts.Count);
        for (var i = 0; i < texts.Count && k > 0; i++)
        {
            var query = ExampleVectors.Of(texts[i].Entry);
            if (query.Indices.Length == 0) continue;
            asked.Add((i, new QueryPoints
            {
                CollectionName = _organisers, Query = (query.Values, query.Indices), Using = ExampleVectors.QdrantVectorName,
                Filter = Filter(texts[i].Program, null), Limit = (ulong)ExampleNeighbour.PoolOf(k),
                WithPayload = new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { ExampleCollection.IdField, ExampleCollection.CategoryField } } },
            }));
        }
        foreach (var chunk in asked.Chunk(qdrant.QueryBatchSize))
        {
            IReadOnlyList<BatchResult> answers;
            try
            {
                answers = await qdrant.CallAsync($"query the examples of '{_organisers}'", (client, token) =>
                    client.QueryBatchAsync(_organisers, [.. chunk.Select(c => c.Query)], cancellationToken: token), cancellationToken);
            }
            catch (QdrantCallException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return lists;   // no organiser has written yet: their collection does not exist
            }
            for (var j = 0; j < chunk.Length; j++)
                lists[chunk[j].At] = [.. ExampleNeighbour.EachCategorysNearest(answers[j].Result.Select(p => new ExampleNeighbour(
                    p.Payload[ExampleCollection.IdField].StringValue, p.Payload[ExampleCollection.CategoryField].StringValue,
                    Math.Clamp(p.Score, 0f, 1f), ExampleSource.Organiser)), n => n.CategoryId, k)];
        }
        return lists;
    }

    private async Task EnsureOrganiserCollectionAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!await ExistsAsync(_organisers, cancellationToken))
                await ExampleIndexWriter.CreateAsync(qdrant, _organisers, model.Encoder.Dimensions, cancellationToken);
            _existing[_organisers] = true;
            _created = true;
        }
        finally
        {
            _creating.Release();
        }
    }

    private async Task<bool> ExistsAsync(string collection, CancellationToken cancellationToken)
    {
        if (_existing.ContainsKey(collection)) return true;
        if (_missingSince.TryGetValue(collection, out var since) && Stopwatch.GetElapsedTime(since) < RecheckMissingAfter) return false;
        var exists = collection == _builtin
            ? (await qdrant.CallAsync("list aliases", (client, token) => client.ListAliasesAsync(token), cancellationToken)).Any(a => a.AliasName == _builtin)
            : await qdrant.CallAsync($"check that '{collection}' exists", (client, token) => client.CollectionExistsAsync(collection, token), cancellationToken);
        if (exists)
        {
            _existing[collection] = true;
            _missingSince.TryRemove(collection, out _);
        }
        else if (collection == _builtin)
        {
            // Only the builtin alias: the organisers' collection is created by this store, which then knows it exists.
            _missingSince[collection] = Stopwatch.GetTimestamp();
        }
        return exists;
    }

    private async Task<IReadOnlyList<RetrievedPoint>> RetrieveAsync(string collection, IReadOnlyList<PointId> ids, CancellationToken cancellationToken) =>
        !await ExistsAsync(collection, cancellationToken) ? [] : await qdrant.CallAsync($"look up examples in '{collection}'", (client, token) =>
            client.RetrieveAsync(collection, ids, withPayload: true, withVectors: false, cancellationToken: token), cancellationToken);

    private async Task<long> CountAsync(string collection, Filter filter, CancellationToken cancellationToken) =>
        !await ExistsAsync(collection, cancellationToken) ? 0 : (long)await qdrant.CallAsync($"count the examples of '{collection}'", (client, token) =>
            client.CountAsync(collection, filter, exact: true, cancellationToken: token), cancellationToken);

    private static Filter Filter(string program, string? category)
    {
        var filter = new Filter();
        filter.Must.Add(MatchKeyword(ExampleCollection.ProgramField, program));
        if (category is not null) filter.Must.Add(MatchKeyword(ExampleCollection.CategoryField, category));
        return filter;
    }
}
