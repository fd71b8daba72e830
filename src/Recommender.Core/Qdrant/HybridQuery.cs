using CategoryMatch.Core.Encoding;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using SparseVector = CategoryMatch.Core.Encoding.SparseVector;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// A nearest-neighbour query over one or more named vectors. With one vector it is a plain dense or
/// sparse query; with several, each becomes a prefetch and the lists are fused by reciprocal rank.
/// </summary>
/// <param name="Dense">Dense query vectors by vector name.</param>
/// <param name="Sparse">Sparse query vectors by vector name; empty vectors are skipped.</param>
/// <param name="Limit">How many points to return (and to prefetch from each vector).</param>
/// <param name="MustMatch">Keyword conditions that every point must meet (payload field → value).</param>
/// <param name="PayloadFields">Payload fields to return; none when empty.</param>
public sealed record HybridQuery(
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, SparseVector> Sparse,
    int Limit,
    IReadOnlyDictionary<string, string>? MustMatch = null,
    IReadOnlyList<string>? PayloadFields = null)
{
    /// <summary>Runs the query against <paramref name="collection"/> (a collection or an alias); best first.</summary>
    /// <exception cref="ArgumentException">The query has no non-empty vector.</exception>
    public async Task<IReadOnlyList<ScoredPoint>> RunAsync(QdrantClient client, string collection, CancellationToken cancellationToken = default) =>
        (await RunBatchAsync(client, collection, [this], cancellationToken))[0];

    /// <summary>
    /// Runs every query of <paramref name="queries"/> against <paramref name="collection"/> in one request
    /// (Qdrant's query batch); the list at index i answers query i, best first.
    /// </summary>
    /// <exception cref="ArgumentException">A query has no non-empty vector.</exception>
    public static async Task<IReadOnlyList<IReadOnlyList<ScoredPoint>>> RunBatchAsync(QdrantClient client, string collection,
        IReadOnlyList<HybridQuery> queries, CancellationToken cancellationToken = default)
    {
        var requests = queries.Select(q => q.ToQueryPoints(collection)).ToList();
        var answers = await client.QueryBatchAsync(collection, requests, cancellationToken: cancellationToken);
        return [.. answers.Select(a => (IReadOnlyList<ScoredPoint>)a.Result)];
    }

    /// <summary>The query as Qdrant's <see cref="QueryPoints"/> request on <paramref name="collection"/>.</summary>
    /// <exception cref="ArgumentException">The query has no non-empty vector.</exception>
    public QueryPoints ToQueryPoints(string collection)
    {
        var searches = Dense.Select(d => (Name: d.Key, Query: (Query)d.Value))
            .Concat(Sparse.Where(s => s.Value.Indices.Length > 0).Select(s => (Name: s.Key, Query: (Query)(s.Value.Values, s.Value.Indices))))
            .ToList();
        if (searches.Count == 0) throw new ArgumentException("A query needs at least one non-empty vector.", nameof(Dense));
        var filter = Filter();
        var request = new QueryPoints
        {
            CollectionName = collection,
            Limit = (ulong)Limit,
            WithPayload = PayloadFields is { Count: > 0 } fields ? fields.ToArray() : false,
        };
        if (filter is not null) request.Filter = filter;
        if (searches.Count == 1)
        {
            request.Query = searches[0].Query;
            request.Using = searches[0].Name;
            return request;
        }

        // Each vector retrieves its own candidates (filtered, so another programme cannot crowd them
        // out); reciprocal-rank fusion merges the lists.
        request.Prefetch.AddRange(searches.Select(s => new PrefetchQuery { Query = s.Query, Using = s.Name, Limit = (ulong)Limit, Filter = filter }));
        request.Query = Fusion.Rrf;
        return request;
    }

    private Filter? Filter()
    {
        if (MustMatch is not { Count: > 0 }) return null;
        var filter = new Filter();
        foreach (var (key, value) in MustMatch) filter.Must.Add(Conditions.MatchKeyword(key, value));
        return filter;
    }
}
