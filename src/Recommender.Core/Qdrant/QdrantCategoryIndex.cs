using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Retrieves candidate categories from Qdrant (hybrid dense + sparse query on the alias, filtered by
/// programme), then scores them exactly as <see cref="InMemoryCategoryIndex"/> does, from the
/// model's precomputed vectors, so that both modes rank alike. Qdrant decides which categories are
/// candidates; the similarities stay comparable to the thresholds the ranking was tuned with.
/// </summary>
public sealed class QdrantCategoryIndex(RecommenderModel model, QdrantConnection qdrant, IOptions<QdrantOptions> options,
    ILogger<QdrantCategoryIndex> logger) : ICategoryIndex
{
    private readonly string _alias = options.Value.Alias;

    /// <inheritdoc />
    /// <exception cref="QdrantCallException">Qdrant is unreachable, too slow, or has no such alias.</exception>
    public async ValueTask<IReadOnlyList<ScoredCategory>> SearchAsync(EncodedEntry entry, string? programmeId, CancellationToken cancellationToken = default)
    {
        // Ask for as many points as the programme (or the catalog) has categories, so every one of
        // them comes back and the re-ranking sees what the embedded index would.
        var limit = programmeId is null
            ? model.Catalog.Categories.Count
            : model.Catalog.FindProgramme(programmeId)?.Categories.Count ?? 0;
        if (limit == 0) return [];

        var query = new HybridQuery(
            new Dictionary<string, float[]> { [CategoryCollection.ConceptsVector] = entry.Concepts },
            new Dictionary<string, SparseVector> { [CategoryCollection.TermsVector] = entry.Terms },
            limit,
            programmeId is null ? null : new Dictionary<string, string> { [CategoryCollection.ProgramField] = programmeId },
            [CategoryCollection.CategoryIdField]);
        var points = await qdrant.CallAsync($"query '{_alias}'", (client, token) => query.RunAsync(client, _alias, token), cancellationToken);

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
            .Where(v => found.Contains(v.Category.Id) && (programmeId is null || v.Category.ProgrammeId == programmeId))
            .ToList();
        return InMemoryCategoryIndex.Score(entry, candidates);
    }

    /// <summary>How many categories the alias holds (exactly); 0 means the indexer has not run.</summary>
    /// <exception cref="QdrantCallException">Qdrant is unreachable, too slow, or has no such alias.</exception>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        (long)await qdrant.CallAsync($"count the points of '{_alias}'", (client, token) => client.CountAsync(_alias, exact: true, cancellationToken: token), cancellationToken);
}
