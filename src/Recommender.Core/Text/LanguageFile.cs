namespace CategoryMatch.Core.Text;

/// <summary>The shape of data/languages/&lt;lang&gt;.yaml, as written by reviewers (see data/README.md).</summary>
internal sealed class LanguageFile
{
    public string? Language { get; set; }
    public string? Name { get; set; }
    public DetectionSection? Detection { get; set; }
    public List<string>? StopWords { get; set; }
    public NegationSection? Negation { get; set; }
    public NumbersSection? Numbers { get; set; }
    public QuantitiesSection? Quantities { get; set; }
    public DatesSection? Dates { get; set; }
    public StemmerSection? Stemmer { get; set; }

    public sealed class DetectionSection
    {
        public string? Letters { get; set; }
    }

    public sealed class NegationSection
    {
        public List<string>? Before { get; set; }
        public List<string>? After { get; set; }
        public List<string>? Prefixes { get; set; }
        public List<string>? PrefixExceptions { get; set; }
        public List<string>? Suffixes { get; set; }
        public List<string>? NotNegating { get; set; }
        public List<string>? ScopeEnds { get; set; }
    }

    public sealed class NumbersSection
    {
        public string? DecimalSeparator { get; set; }
        public List<string>? GroupSeparators { get; set; }
        public Dictionary<int, List<string>>? Words { get; set; }
        public Dictionary<string, decimal>? Multipliers { get; set; }
    }

    public sealed class QuantitiesSection
    {
        public List<string>? Headcount { get; set; }
        public List<string>? Seats { get; set; }
        public List<string>? PercentBefore { get; set; }
        public List<string>? PercentAfter { get; set; }
    }

    public sealed class DatesSection
    {
        public List<List<string>>? Months { get; set; }
        public List<string>? YearMarkers { get; set; }
    }

    public sealed class StemmerSection
    {
        public int MinStem { get; set; } = 3;
        public List<string>? Suffixes { get; set; }
    }
}
