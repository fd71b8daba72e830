using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client.Grpc;
using SparseVector = CategoryMatch.Core.Encoding.SparseVector;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Retrieves candidate categories from Qdrant (hybrid dense + sparse query on the alias, filtered by
/// programme), then scores them exactly as <see cref="InMemoryCategoryIndex"/> does, from the
/// model's precomputed vectors, so that both modes rank alike. Qdrant decides which categories are
/// candidates; the similarities stay comparable to the thresholds the ranking was tuned with. Many entries
/// are retrieved in one query batch per <see cref="QdrantOptions.QueryBatchSize"/>, and a programme the
/// collection does not hold completely (<see cref="IndexedCatalog"/>) fails rather than answering short.
/// </summary>
public sealed class QdrantCategoryIndex(RecommenderModel model, QdrantConnection qdrant, IndexedCatalog indexed, IOptions<QdrantOptions> options,
    ILogger<QdrantCategoryIndex> logger) : ICategoryIndex
{
    private readonly string _alias = options.Value.Alias;

    /// <inheritdoc />
    /// <exception cref="QdrantCallException">Qdrant is unreachable, too slow, or has no such alias.</exception>
    /// <exception cref="IncompleteIndexException">The collection lacks categories of the programme (of any, when it is null).</exception>
    public async ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default) =>
        (await SearchManyAsync([new CategorySearch(entry, programmeId)], cancellationToken))[0];

    /// <inheritdoc />
    /// <exception cref="QdrantCallException">Qdrant is unreachable, too slow, or has no such alias.</exception>
    /// <exception cref="IncompleteIndexException">The collection lacks categories of a programme searched (of any, for a search without one).</exception>
    public async ValueTask<IReadOnlyList<IReadOnlyList<ScoredCategory>>> SearchManyAsync(IReadOnlyList<CategorySearch> searches, CancellationToken cancellationToken = default)
    {
        var coverage = await indexed.CurrentAsync(cancellationToken);
        var lacking = searches.Select(s => s.ProgrammeId).Distinct().Where(coverage.Lacks)
            .SelectMany(p => p is null ? coverage.Missing.Keys : [p]).Distinct().Order(StringComparer.Ordinal).ToList();
        if (lacking.Count > 0) throw new IncompleteIndexException(lacking, coverage);

        var results = new IReadOnlyList<ScoredCategory>[searches.Count];
        var asked = new List<int>(searches.Count);
        for (var i = 0; i < searches.Count; i++)
        {
            if (Limit(searches[i].ProgrammeId) == 0) results[i] = [];
            else asked.Add(i);
        }
        foreach (var chunk in asked.Chunk(options.Value.QueryBatchSize))
        {
            var queries = chunk.Select(i => Query(searches[i])).ToList();
            var answers = await qdrant.CallAsync($"query '{_alias}' for {queries.Count} entr{(queries.Count == 1 ? "y" : "ies")}",
                (client, token) => HybridQuery.RunBatchAsync(client, _alias, queries, token), cancellationToken);
            for (var q = 0; q < chunk.Length; q++) results[chunk[q]] = Score(searches[chunk[q]], answers[q]);
        }
        return results;
    }

    /// <summary>How many categories the alias holds (exactly); 0 means the indexer has not run.</summary>
    /// <exception cref="QdrantCallException">Qdrant is unreachable, too slow, or has no such alias.</exception>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        (long)await qdrant.CallAsync($"count the points of '{_alias}'", (client, token) => client.CountAsync(_alias, exact: true, cancellationToken: token), cancellationToken);

    // Ask for as many points as the programme (or the catalog) has categories, so every one of them comes
    // back and the re-ranking sees what the embedded index would.
    private int Limit(string? programmeId) => programmeId is null
        ? model.Catalog.Categories.Count
        : model.Catalog.FindProgramme(programmeId)?.Categories.Count ?? 0;

    private HybridQuery Query(CategorySearch search) => new(
        new Dictionary<string, float[]> { [CategoryCollection.ConceptsVector] = search.Entry.Concepts },
        new Dictionary<string, SparseVector> { [CategoryCollection.TermsVector] = search.Entry.Terms },
        Limit(search.ProgrammeId),
        search.ProgrammeId is null ? null : new Dictionary<string, string> { [CategoryCollection.ProgramField] = search.ProgrammeId },
        [CategoryCollection.CategoryIdField]);

    private IReadOnlyList<ScoredCategory> Score(CategorySearch search, IReadOnlyList<ScoredPoint> points)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!point.Payload.TryGetValue(CategoryCollection.CategoryIdField, out var value)) continue;
            var id = value.StringValue;
            if (model.Catalog.FindCategory(id) is null) QdrantLog.UnknownCategory(logger, id);
            else found.Add(id);
        }
        // Catalog order, then the embedded index's own scoring: ties break the same way in both modes.
        var candidates = model.CategoryVectors
            .Where(v => found.Contains(v.Category.Id) && (search.ProgrammeId is null || v.Category.ProgrammeId == search.ProgrammeId))
            .ToList();
        return InMemoryCategoryIndex.Score(search.Entry, candidates);
    }
}
