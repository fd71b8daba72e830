using CategoryMatch.Core.DataFiles;

namespace CategoryMatch.Core.Audit;

/// <summary>
/// Reads organisers' entry files, <c>id,program,filedCategory,text</c> (and optionally <c>finalCategory</c>, what
/// the organiser decided) with a header, RFC 4180 quoting
/// (texts may span lines), UTF-8 with or without BOM (<see cref="HeaderedCsv"/>). A malformed row is
/// reported with its line number and the other rows are still read; no header, a missing or repeated column, bytes
/// that are not UTF-8 or too many rows reject the whole file with <see cref="EntryCsvException"/>.
/// </summary>
public static class EntryCsv
{
    /// <summary>The columns of an entries file.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "program", "filedCategory", "text"];

    /// <summary>The optional column of an audit's entries file: the category the organiser finally judged the entry in.</summary>
    public const string FinalCategoryColumn = "finalCategory";

    /// <summary>
    /// Reads every row in file order. <paramref name="filedCategoryRequired"/> is true for audits (which also read
    /// <see cref="FinalCategoryColumn"/> when present) and false for ranking files, where the column may be absent.
    /// </summary>
    public static List<EntryCsvRow> Read(ReadOnlyMemory<byte> utf8, bool filedCategoryRequired = true, int maxRows = int.MaxValue) =>
        [.. (filedCategoryRequired
            ? HeaderedCsv.Read(utf8, [.. Columns, FinalCategoryColumn], [FinalCategoryColumn], maxRows)
            : HeaderedCsv.Read(utf8, Columns, ["filedCategory"], maxRows)).Select(r => r.Fields is null
            ? new EntryCsvRow(r.Line, null, new AuditProblem("row", r.Problem!))
            : new EntryCsvRow(r.Line, new AuditEntry(r["id"]?.Trim(), r["text"] ?? "", r["program"]?.Trim(), r["filedCategory"]?.Trim() ?? ""), null, r[FinalCategoryColumn]?.Trim()))];
}
