namespace CategoryMatch.Api.Model;

/// <summary>An example that was not stored, and why.</summary>
/// <param name="Index">Its 0-based index in <c>examples</c> (JSON input).</param>
/// <param name="Line">The CSV line it started on (CSV input).</param>
/// <param name="Id">Its id, when it could be read.</param>
/// <param name="Field">The field that is wrong (<c>id</c>, <c>categoryId</c>, <c>text</c>, <c>lang</c>, or <c>row</c> for a malformed CSV row).</param>
/// <param name="Message">What is wrong, for a person to fix.</param>
public sealed record ExampleRowError(int? Index, int? Line, string? Id, string Field, string Message);
