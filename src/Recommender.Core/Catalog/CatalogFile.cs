namespace CategoryMatch.Core.Catalog;

// The shape of data/categories/<program>.yaml as YamlDotNet reads it (see data/README.md).
// Kept separate from the domain records so the file format can change without touching callers.
internal sealed class CatalogFile
{
    public ProgrammeEntry? Program { get; set; }
    public List<CategoryEntry>? Categories { get; set; }

    internal sealed class ProgrammeEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? NameEn { get; set; }
        public string? Language { get; set; }
        public string? Source { get; set; }
        public ProgrammeEligibilityEntry? Eligibility { get; set; }
    }

    internal sealed class ProgrammeEligibilityEntry
    {
        public string? AchievementsSince { get; set; }
    }

    internal sealed class CategoryEntry
    {
        public string? Code { get; set; }
        public string? Group { get; set; }
        public string? GroupEn { get; set; }
        public string? Title { get; set; }
        public string? TitleEn { get; set; }
        public string? Description { get; set; }
        public string? SummaryEn { get; set; }
        public List<string>? Criteria { get; set; }
        public List<string>? Keywords { get; set; }
        public EligibilityEntry? Eligibility { get; set; }
        public List<SubcategoryEntry>? Subcategories { get; set; }
        public List<RedirectEntry>? Redirects { get; set; }
    }

    internal sealed class EligibilityEntry
    {
        public string? Entrant { get; set; }
        public RangeEntry? Headcount { get; set; }
        public RangeEntry? Seats { get; set; }
        public List<string>? Roles { get; set; }
        public string? Since { get; set; }
        public List<string>? Notes { get; set; }
        public List<string>? Excludes { get; set; }
    }

    internal sealed class RangeEntry
    {
        public decimal? Min { get; set; }
        public decimal? Max { get; set; }
    }

    internal sealed class SubcategoryEntry
    {
        public string? Id { get; set; }
        public string? Dimension { get; set; }
        public string? Title { get; set; }
        public string? TitleEn { get; set; }
        public RangeEntry? Seats { get; set; }
        public RangeEntry? Headcount { get; set; }
        public List<string>? Concepts { get; set; }
    }

    internal sealed class RedirectEntry
    {
        public string? To { get; set; }
        public ConditionEntry? When { get; set; }
        public string? Reason { get; set; }
        public string? ReasonEn { get; set; }
    }

    internal sealed class ConditionEntry
    {
        public List<string>? Any { get; set; }
        public List<string>? All { get; set; }
        public List<string>? None { get; set; }
        public RangeEntry? Headcount { get; set; }
    }
}
