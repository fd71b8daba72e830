namespace CategoryMatch.Core.Examples;

/// <summary>Where a labelled example comes from.</summary>
public enum ExampleSource
{
    /// <summary>The corpus shipped in <c>data/examples</c>.</summary>
    Builtin,

    /// <summary>Loaded by the programme's organiser through the organiser API or an audit's answers.</summary>
    Organiser,
}
