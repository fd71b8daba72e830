using System.ComponentModel;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Ranking;
using Microsoft.SemanticKernel;

namespace CategoryMatch.SemanticKernel;

/// <summary>
/// The recommender as Semantic Kernel functions, so an assistant built on Semantic Kernel can route
/// award entries: <c>recommend</c> ranks a programme's categories for a summary, <c>audit</c> judges
/// the category an entry was filed in (ok, redirect, misfiled, uncertain) exactly as the audit does.
/// Bad arguments throw <see cref="ArgumentException"/> naming the argument, which the kernel hands to the model.
/// </summary>
public sealed class CategoryMatchPlugin(CategoryRecommender recommender, CategoryAuditor auditor)
{
    /// <summary>The name the plugin is usually imported under.</summary>
    public const string Name = "categorymatch";

    /// <summary>Most categories <c>recommend</c> returns.</summary>
    public const int MaxTop = 10;

    /// <summary>Ranks the categories of an award programme for an entrant's project summary.</summary>
    [KernelFunction("recommend")]
    [Description("Ranks the categories (nominations) of an award programme for an entrant's project summary in Greek, Lithuanian, " +
        "Russian, Turkish or English. Returns the best categories with confidence 0..1 and the evidence, best first.")]
    public async Task<RoutingAdvice> RecommendAsync(
        [Description("The entrant's project summary, as written.")] string text,
        [Description("Programme id, e.g. 'ru-cca'; leave empty to rank every programme.")] string? program = null,
        [Description("How many categories to return, 1..10.")] int top = 3,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("The summary text is required.", nameof(text));
        if (top is < 1 or > MaxTop) throw new ArgumentOutOfRangeException(nameof(top), top, $"top must be 1..{MaxTop}.");
        var result = await recommender.RecommendAsync(
            new RecommendationRequest(text, string.IsNullOrWhiteSpace(program) ? null : program, top, null), cancellationToken);
        return new RoutingAdvice(result.Language, result.NoMatch, result.Redirect, [.. result.Results.Select(Suggest)]);
    }

    /// <summary>Judges whether an entry is filed in the right category.</summary>
    [KernelFunction("audit")]
    [Description("Checks whether an award entry is filed in the right category. Verdict: 'ok' (the filing stands), 'redirect' " +
        "(the category's own rules send such entries elsewhere), 'misfiled' (another category fits clearly better) or 'uncertain' " +
        "(too little evidence); with the suggested category for redirect and misfiled, a confidence 0..1 and the reason.")]
    public async Task<AuditResult> AuditAsync(
        [Description("The entrant's project summary, as written.")] string text,
        [Description("The category id the entry was filed in, e.g. 'ru-cca:14'.")] string filedCategory,
        [Description("Programme id, e.g. 'ru-cca'; leave empty for the filed category's programme.")] string? program = null,
        [Description("The organiser's id for the entry, echoed back; optional.")] string? entryId = null,
        CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry(entryId, text, string.IsNullOrWhiteSpace(program) ? null : program, filedCategory);
        if (auditor.Check(entry) is { } problem) throw new ArgumentException(problem.Message, problem.Field);
        return (await auditor.AuditAsync([entry], cancellationToken: cancellationToken))[0];
    }

    private static CategorySuggestion Suggest(Recommendation r) => new(
        r.Category.Id, r.Category.Title, r.Category.TitleEn, r.Score, r.Eligible, r.RedirectedFrom,
        [.. r.Evidence.Select(e => e.Matched is null ? $"{e.Kind}: {e.Label}" : $"{e.Kind}: {e.Label} (\"{e.Matched}\")")]);
}
