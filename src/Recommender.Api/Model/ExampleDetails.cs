using CategoryMatch.Core.Examples;

namespace CategoryMatch.Api.Model;

/// <summary>A stored example, as its programme's organiser sees it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="Text">Its text.</param>
/// <param name="Lang">Its language, when known.</param>
/// <param name="Source"><c>builtin</c> or <c>organiser</c>.</param>
public sealed record ExampleDetails(string Id, string CategoryId, string Text, string? Lang, string Source)
{
    /// <summary>Maps a stored example.</summary>
    public static ExampleDetails From(LabelledExample e) => new(e.Id, e.CategoryId, e.Text, e.Lang, SourceName(e.Source));

    /// <summary>The source's name in the API: <c>builtin</c> or <c>organiser</c>.</summary>
    public static string SourceName(ExampleSource source) => source == ExampleSource.Builtin ? "builtin" : "organiser";
}
