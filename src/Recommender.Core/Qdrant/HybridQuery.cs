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
    public Task<IReadOnlyList<ScoredPoint>> RunAsync(QdrantClient client, string collection, CancellationToken cancellationToken = default)
    {
        var searches = Dense.Select(d => (Name: d.Key, Query: (Query)d.Value))
            .Concat(Sparse.Where(s => s.Value.Indices.Length > 0).Select(s => (Name: s.Key, Query: (Query)(s.Value.Values, s.Value.Indices))))
            .ToList();
        if (searches.Count == 0) throw new ArgumentException("A query needs at least one non-empty vector.", nameof(Dense));
        var filter = Filter();
        WithPayloadSelector payload = PayloadFields is { Count: > 0 } fields ? fields.ToArray() : false;
        if (searches.Count == 1)
            return client.QueryAsync(collection, searches[0].Query, usingVector: searches[0].Name, filter: filter,
                limit: (ulong)Limit, payloadSelector: payload, cancellationToken: cancellationToken);

        // Each vector retrieves its own candidates (filtered, so another programme cannot crowd them
        // out); reciprocal-rank fusion merges the lists.
        var prefetch = searches.Select(s => new PrefetchQuery { Query = s.Query, Using = s.Name, Limit = (ulong)Limit, Filter = filter }).ToList();
        return client.QueryAsync(collection, Fusion.Rrf, prefetch, filter: filter,
            limit: (ulong)Limit, payloadSelector: payload, cancellationToken: cancellationToken);
    }

    private Filter? Filter()
    {
        if (MustMatch is not { Count: > 0 }) return null;
        var filter = new Filter();
        foreach (var (key, value) in MustMatch) filter.Must.Add(Conditions.MatchKeyword(key, value));
        return filter;
    }
}
