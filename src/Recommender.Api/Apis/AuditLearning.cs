using CategoryMatch.Api.Model;
using CategoryMatch.Api.Organisers;
using CategoryMatch.Core;
using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Examples;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CategoryMatch.Api.Apis;

/// <summary>
/// <c>POST /api/audit?learn=true</c>: the judged entries that carry <c>finalCategory</c> (what the organiser decided)
/// become organiser examples of their programme, with an organiser key that covers every such programme.
/// </summary>
public static class AuditLearning
{
    /// <summary>
    /// The entries to learn from, grouped by programme, as example rows (the final category as theirs);
    /// <paramref name="finalCategories"/> are keyed by the row's place in <paramref name="rows"/>.
    /// </summary>
    public static Dictionary<string, List<ExampleRow>> Select(
        IEnumerable<(int? Entry, int? Line, AuditEntry? Value, AuditProblem? Problem)> rows, IReadOnlyDictionary<int, string> finalCategories, RecommenderModel model)
    {
        var learning = new Dictionary<string, List<ExampleRow>>(StringComparer.Ordinal);
        var place = -1;
        foreach (var (index, line, entry, problem) in rows)
        {
            place++;
            if (problem is not null || entry is null || !finalCategories.TryGetValue(place, out var final)) continue;
            var program = entry.Program ?? model.Catalog.FindCategory(entry.FiledCategory)!.ProgrammeId;
            if (!learning.TryGetValue(program, out var list)) learning[program] = list = [];
            list.Add(new ExampleRow(index, line, entry.Id, final, entry.Text, null));
        }
        return learning;
    }

    /// <summary>403 when <paramref name="principal"/>'s key does not cover every programme to learn for; null when learning may go ahead.</summary>
    public static ProblemHttpResult? Forbidden(System.Security.Claims.ClaimsPrincipal principal, IReadOnlyDictionary<string, List<ExampleRow>> learning)
    {
        var uncovered = learning.Keys.Where(p => !principal.HasClaim(OrganiserKeyHandler.ProgramClaim, p)).Order(StringComparer.Ordinal).ToList();
        if (uncovered.Count == 0) return null;
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This key is not for that programme.",
            detail: $"Learning would store examples of {string.Join(", ", uncovered)}, which the key of '{principal.Identity?.Name}' does not cover; nothing was judged or stored.");
    }

    /// <summary>Stores each programme's examples in one write; counts and errors summed over programmes, errors by entry index.</summary>
    public static async Task<ExamplesWriteResponse> StoreAsync(
        IReadOnlyDictionary<string, List<ExampleRow>> learning, RecommenderModel model, IExampleStore store, CancellationToken cancellationToken)
    {
        int added = 0, updated = 0;
        var errors = new List<ExampleRowError>();
        foreach (var (program, rows) in learning.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var (written, rowErrors) = await ExamplesApi.StoreAsync(program, rows, model, store, cancellationToken);
            added += written.Added;
            updated += written.Updated;
            errors.AddRange(rowErrors);
        }
        errors.Sort((a, b) => (a.Index ?? 0).CompareTo(b.Index ?? 0));
        return new ExamplesWriteResponse(added, updated, errors);
    }
}
