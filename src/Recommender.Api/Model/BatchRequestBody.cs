namespace CategoryMatch.Api.Model;

/// <summary>The body of <c>POST /api/recommendations/batch</c>: at most 1,000 entries.</summary>
/// <param name="Entries">The summaries to rank.</param>
/// <param name="Top">How many categories per entry, 1..50 (default 5).</param>
public sealed record BatchRequestBody(IReadOnlyList<BatchEntryBody?>? Entries, int? Top)
{
    /// <summary>Most entries in one request.</summary>
    public const int MaxEntries = 1_000;
}

/// <summary>One summary to rank.</summary>
/// <param name="Id">The caller's id, echoed in the result.</param>
/// <param name="Text">The project summary (required, at most 20,000 characters).</param>
/// <param name="Program">Programme id; every programme when absent.</param>
public sealed record BatchEntryBody(string? Id, string? Text, string? Program);
