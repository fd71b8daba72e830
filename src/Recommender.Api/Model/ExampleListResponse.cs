namespace CategoryMatch.Api.Model;

/// <summary>One page of a programme's examples.</summary>
/// <param name="Total">How many examples match the filters in all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Examples per page.</param>
/// <param name="Examples">This page's examples, builtin first, then by id.</param>
public sealed record ExampleListResponse(int Total, int Page, int PageSize, IReadOnlyList<ExampleDetails> Examples);
