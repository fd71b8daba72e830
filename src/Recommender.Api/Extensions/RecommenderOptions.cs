namespace CategoryMatch.Api.Extensions;

/// <summary>Where the API finds its data. Bound from the configuration section <c>Recommender</c>.</summary>
public sealed class RecommenderOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Recommender";

    /// <summary>The data folder (categories, concepts, languages); empty finds the nearest <c>data</c> folder.</summary>
    public string? DataDirectory { get; set; }
}
