namespace CategoryMatch.Api.Model;

/// <summary>The answer to an upload of examples: what was stored, and what was not.</summary>
/// <param name="Added">Examples that were new.</param>
/// <param name="Updated">Examples that replaced the organiser's example with the same id.</param>
/// <param name="Errors">Examples that were not stored, by index or CSV line; the others were.</param>
public sealed record ExamplesWriteResponse(int Added, int Updated, IReadOnlyList<ExampleRowError> Errors);
