namespace CategoryMatch.Api.Model;

/// <summary>A programme as listed by <c>GET /api/programs</c>.</summary>
public sealed record ProgrammeSummary(string Id, string Name, string NameEn, string Language, int CategoryCount);
