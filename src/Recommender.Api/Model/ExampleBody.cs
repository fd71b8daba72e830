namespace CategoryMatch.Api.Model;

/// <summary>One labelled example as an organiser sends it.</summary>
/// <param name="Id">The organiser's id for it, unique in the programme (required, at most 200 characters).</param>
/// <param name="CategoryId">The category it was finally judged in: <c>ru-cca:13</c>, or just the code <c>13</c>.</param>
/// <param name="Text">The entry's text (required, at most 20,000 characters).</param>
/// <param name="Lang">Its language (el, en, lt, ru, tr), when known.</param>
public sealed record ExampleBody(string? Id, string? CategoryId, string? Text, string? Lang);
