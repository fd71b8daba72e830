namespace CategoryMatch.Api.Extensions;

/// <summary>The limits every client meets, answered with ProblemDetails when exceeded.</summary>
public static class ApiLimits
{
    /// <summary>Largest request body: 2 MB (413 beyond).</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Most entries in one audit request (400 beyond).</summary>
    public const int MaxAuditEntries = 10_000;

    /// <summary>Most examples in one upload (400 beyond).</summary>
    public const int MaxExamples = 10_000;
}
