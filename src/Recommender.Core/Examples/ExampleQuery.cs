namespace CategoryMatch.Core.Examples;

/// <summary>Which of a programme's examples to list, and which page of them.</summary>
/// <param name="Program">The programme.</param>
/// <param name="CategoryId">Only this category, when set.</param>
/// <param name="Source">Only this source, when set.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Examples per page.</param>
public sealed record ExampleQuery(string Program, string? CategoryId = null, ExampleSource? Source = null, int Page = 1, int PageSize = 100)
{
    /// <summary>Largest page a client may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>How many examples come before this page.</summary>
    public int Skip => (Page - 1) * PageSize;
}
