using System.Globalization;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Audit;

/// <summary>
/// Judges whether entries are filed in the right category: ranks each entry's programme with the
/// filed category given (so its redirect rules are checked), in parallel, and compares the filed
/// category with the best one.
/// </summary>
/// <param name="recommender">Ranks each entry.</param>
/// <param name="options">The verdicts' thresholds.</param>
/// <param name="maxDegreeOfParallelism">Entries ranked at the same time, at most; null for one per core (see <see cref="BatchRecommender"/>).</param>
public sealed class CategoryAuditor(CategoryRecommender recommender, AuditOptions options, int? maxDegreeOfParallelism = null)
{
    /// <summary>Longest accepted summary, as for a single recommendation.</summary>
    public const int MaxTextLength = 20_000;

    private readonly BatchRecommender _batch = new(recommender, maxDegreeOfParallelism);

    /// <summary>The thresholds in use.</summary>
    public AuditOptions Options => options;

    /// <summary>Checks an entry's fields; null when it can be audited.</summary>
    public AuditProblem? Check(AuditEntry entry)
    {
        var catalog = recommender.Model.Catalog;
        if (string.IsNullOrWhiteSpace(entry.Text)) return new("text", "The text of the summary is required.");
        if (entry.Text.Length > MaxTextLength)
            return new("text", $"The text is {entry.Text.Length} characters; at most {MaxTextLength} are accepted.");
        if (entry.Program is { } program && catalog.FindProgramme(program) is null)
            return new("program", $"Unknown programme '{program}'. Known: {string.Join(", ", catalog.Programmes.Select(p => p.Id))}.");
        if (string.IsNullOrWhiteSpace(entry.FiledCategory))
            return new("filedCategory", "The category the entry was filed in is required, e.g. 'ru-cca:13'.");
        if (catalog.FindCategory(entry.FiledCategory) is not { } filed)
            return new("filedCategory", $"Unknown category '{entry.FiledCategory}'. Category ids look like 'ru-cca:13'.");
        if (entry.Program is { } p && filed.ProgrammeId != p)
            return new("filedCategory", $"Category '{entry.FiledCategory}' is not in programme '{p}'.");
        return null;
    }

    /// <summary>
    /// Ranks every entry (each must pass <see cref="Check"/>) and returns the rankings in input order,
    /// every category of the programme included, so thresholds can be tried without ranking again.
    /// </summary>
    public Task<RecommendationResult[]> RankAsync(
        IReadOnlyList<AuditEntry> entries, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        _batch.RecommendAsync(Requests(entries), progress, cancellationToken);

    /// <summary>Audits every entry (each must pass <see cref="Check"/>); the verdict at index i judges entry i.</summary>
    public async Task<AuditResult[]> AuditAsync(
        IReadOnlyList<AuditEntry> entries, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        // Each ranking is judged as soon as it is made and then dropped: an entry's full ranking (every category
        // of its programme, with evidence) is ~10 KB, its verdict a few hundred bytes, and a 10,000-entry audit
        // that kept every ranking until the last held ~100 MB.
        var verdicts = new AuditResult[entries.Count];
        await _batch.RecommendEachAsync(Requests(entries), (i, ranking) => verdicts[i] = Judge(entries[i], ranking, options), progress, cancellationToken);
        return verdicts;
    }

    // Each entry ranked in its programme, every category of it, with its filed category given.
    private List<RecommendationRequest> Requests(IReadOnlyList<AuditEntry> entries)
    {
        var catalog = recommender.Model.Catalog;
        return [.. entries.Select(e =>
        {
            var programme = e.Program ?? catalog.FindCategory(e.FiledCategory)?.ProgrammeId
                ?? throw new ArgumentException($"Unknown category '{e.FiledCategory}'.", nameof(entries));
            var top = catalog.FindProgramme(programme)!.Categories.Count;
            return new RecommendationRequest(e.Text, programme, top, e.FiledCategory);
        })];
    }

    /// <summary>The verdict on <paramref name="entry"/> given its full ranking, under <paramref name="thresholds"/>.</summary>
    public static AuditResult Judge(AuditEntry entry, RecommendationResult ranking, AuditOptions thresholds)
    {
        var filedId = entry.FiledCategory;
        var filedScore = ranking.Results.FirstOrDefault(r => r.Category.Id == filedId)?.Score ?? 0;
        if (ranking.Redirect is { } doubted && filedScore >= thresholds.RedirectMaxFiledProbability)
            return new(entry.Id, filedId, AuditVerdict.Ok, null, filedScore,
                $"The rule of {filedId} that sends such entries to {doubted.To} reads as met, but the text reads as a clear " +
                $"{filedId} entry (confidence {Format(filedScore)}): the filing stands; check the rule's condition by hand.");
        if (ranking.Redirect is { } redirect)
        {
            var target = ranking.Results.FirstOrDefault(r => r.Category.Id == redirect.To);
            return new(entry.Id, filedId, AuditVerdict.Redirect, redirect.To, target?.Score ?? ranking.Confidence,
                $"The rules of {filedId} send such entries to {redirect.To}: {redirect.ReasonEn}");
        }
        if (ranking.NoMatch || ranking.Results.Count == 0)
            return new(entry.Id, filedId, AuditVerdict.Uncertain, null, ranking.Confidence,
                "Nothing in the programme clearly fits the text: too little evidence to judge the filing.");

        var best = ranking.Results[0];
        if (best.Category.Id == filedId)
            return new(entry.Id, filedId, AuditVerdict.Ok, null, filedScore,
                $"The filed category fits best (confidence {Format(filedScore)}).");

        if (filedScore >= thresholds.MaxFiledProbability)
            return new(entry.Id, filedId, AuditVerdict.Ok, null, filedScore,
                $"{best.Category.Id} scores higher ({Format(best.Score)} vs {Format(filedScore)}), but the filed category " +
                $"is still plausible (confidence at least {Format(thresholds.MaxFiledProbability)}): the filing stands.");
        if (best.Score < thresholds.MinConfidence)
            return new(entry.Id, filedId, AuditVerdict.Uncertain, null, best.Score,
                $"{best.Category.Id} scores higher than the filed category, but with low confidence " +
                $"({Format(best.Score)} < {Format(thresholds.MinConfidence)}): too little evidence to judge.");
        return new(entry.Id, filedId, AuditVerdict.Misfiled, best.Category.Id, best.Score,
            $"\"{best.Category.TitleEn}\" ({best.Category.Id}) fits clearly better than the filed category: " +
            $"confidence {Format(best.Score)} vs {Format(filedScore)}.");
    }

    private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
