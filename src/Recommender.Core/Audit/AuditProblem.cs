namespace CategoryMatch.Core.Audit;

/// <summary>Why an entry cannot be audited: the field that is wrong and what is wrong with it.</summary>
/// <param name="Field">The field (<c>text</c>, <c>program</c>, <c>filedCategory</c>, <c>id</c>).</param>
/// <param name="Message">What is wrong, for a person to fix.</param>
public sealed record AuditProblem(string Field, string Message);
