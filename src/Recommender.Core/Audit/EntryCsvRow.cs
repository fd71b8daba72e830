namespace CategoryMatch.Core.Audit;

/// <summary>One data row of an entries file: the entry, or why the row could not be read.</summary>
/// <param name="Line">The line the row starts on (the header is line 1).</param>
/// <param name="Entry">The entry, when the row could be read.</param>
/// <param name="Problem">What is wrong with the row, when it could not.</param>
/// <param name="FinalCategory">The category the organiser finally judged the entry in (the optional <c>finalCategory</c> column), when given.</param>
public sealed record EntryCsvRow(int Line, AuditEntry? Entry, AuditProblem? Problem, string? FinalCategory = null);
