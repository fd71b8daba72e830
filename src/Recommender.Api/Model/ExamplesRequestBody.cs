namespace CategoryMatch.Api.Model;

/// <summary>The JSON body of <c>POST /api/programs/{id}/examples</c>: at most 10,000 examples.</summary>
/// <param name="Examples">The labelled examples to add or replace by id.</param>
public sealed record ExamplesRequestBody(IReadOnlyList<ExampleBody?>? Examples);
