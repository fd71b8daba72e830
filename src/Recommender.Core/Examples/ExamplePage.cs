namespace CategoryMatch.Core.Examples;

/// <summary>One page of examples.</summary>
/// <param name="Total">How many examples match the query in all.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Examples">This page's examples, ordered by source then id.</param>
public sealed record ExamplePage(int Total, int Page, int PageSize, IReadOnlyList<LabelledExample> Examples);
