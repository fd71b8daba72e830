namespace CategoryMatch.Core.Audit;

/// <summary>One line of a verdicts file: a verdict, or the problem that kept a row from being judged.</summary>
/// <param name="Line">The line of the entries file the row started on; null for entries that came as JSON.</param>
/// <param name="Result">The verdict, when the row was judged.</param>
/// <param name="Id">The entry's id, when known.</param>
/// <param name="FiledCategory">The filed category, as given.</param>
/// <param name="Problem">Why the row was not judged.</param>
public sealed record AuditLine(int? Line, AuditResult? Result, string? Id, string? FiledCategory, AuditProblem? Problem);

/// <summary>Writes verdicts as CSV: <c>line,id,filedCategory,verdict,suggestedCategory,confidence,reason</c>; a row that was not judged has verdict <c>error</c>.</summary>
public static class AuditCsv
{
    /// <summary>The columns of a verdicts file.</summary>
    public static readonly string[] Columns = ["line", "id", "filedCategory", "verdict", "suggestedCategory", "confidence", "reason"];

    /// <summary>Writes <paramref name="lines"/> in order, header first, UTF-8 without BOM, ids and categories that start like a formula protected (<see cref="SpreadsheetCsvWriter"/>).</summary>
    public static async Task WriteAsync(Stream destination, IEnumerable<AuditLine> lines, CancellationToken cancellationToken = default)
    {
        await using var csv = SpreadsheetCsvWriter.Create(destination);
        csv.WriteHeader(Columns);
        foreach (var line in lines)
        {
            var r = line.Result;
            await csv.WriteRecordAsync([
                line.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r?.Id ?? line.Id,
                r?.FiledCategory ?? line.FiledCategory,
                r is null ? "error" : Name(r.Verdict),
                r?.SuggestedCategory,
                r?.Confidence.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                r?.Reason ?? (line.Problem is { } p ? $"{p.Field}: {p.Message}" : null),
            ], cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The verdict's name as it appears in JSON and CSV.</summary>
    public static string Name(AuditVerdict verdict) => verdict switch
    {
        AuditVerdict.Ok => "ok",
        AuditVerdict.Redirect => "redirect",
        AuditVerdict.Misfiled => "misfiled",
        _ => "uncertain",
    };
}
