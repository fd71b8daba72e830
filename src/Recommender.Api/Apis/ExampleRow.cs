namespace CategoryMatch.Api.Apis;

/// <summary>One example as read from a request, before it is checked: its position and its raw fields, or why it could not be read.</summary>
/// <param name="Index">0-based index in the JSON <c>examples</c> (or audit <c>entries</c>).</param>
/// <param name="Line">The CSV line it started on.</param>
/// <param name="Id">The id as sent.</param>
/// <param name="CategoryId">The category as sent.</param>
/// <param name="Text">The text as sent.</param>
/// <param name="Lang">The language as sent.</param>
/// <param name="Problem">Why the row could not be read at all (a malformed CSV row, a null entry).</param>
public sealed record ExampleRow(int? Index, int? Line, string? Id, string? CategoryId, string? Text, string? Lang, string? Problem = null);
