using System.Text.RegularExpressions;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Catalog;

public sealed partial class CatalogTests
{
    private static readonly CategoryCatalog Catalog = Models.Real.Catalog;

    [Fact]
    public void TheCatalogHoldsExactlyTheSixtyOneCanonicalIds()
    {
        var contract = CanonicalId().Matches(File.ReadAllText(Path.Combine(TestPaths.Shared, "category-ids.md")))
            .Select(m => m.Value).Distinct().Order().ToList();
        var ruCodes = RussianCodes().Matches(File.ReadAllText(Path.Combine(TestPaths.Shared, "category-ids.md")))
            .Select(m => $"ru-cca:{m.Groups[1].Value}");

        var expected = contract.Concat(ruCodes).Distinct().Order().ToList();

        Assert.Equal(61, expected.Count);
        Assert.Equal(expected, Catalog.Categories.Select(c => c.Id).Order().ToList());
    }

    [Fact]
    public void EveryTitleIsCopiedVerbatimFromItsSeed()
    {
        // The Greek seed has a literal "\n" inside title 1; the catalog drops it.
        var seeds = Directory.GetFiles(Path.Combine(TestPaths.Shared, "seeds")).ToDictionary(
            f => Path.GetFileName(f).Split('.')[0], f => File.ReadAllText(f).Replace(" \\n", " ").Replace("\\n", " "));

        Assert.All(Catalog.Categories, c => Assert.Contains(c.Title, seeds[c.ProgrammeId]));
    }

    [Fact]
    public void EveryCategoryHasAnEnglishTitleSummaryAndKeywords()
    {
        Assert.All(Catalog.Categories, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.TitleEn));
            Assert.False(string.IsNullOrWhiteSpace(c.SummaryEn));
            Assert.NotEmpty(c.Keywords);
        });
    }

    [Theory]
    [InlineData("ru-cca:12", "ru-cca:13")]
    [InlineData("ru-cca:14", "ru-cca:12")]
    [InlineData("ru-cca:14", "ru-cca:13")]
    [InlineData("ru-cca:33", "ru-cca:34")]
    [InlineData("ru-cca:51", "ru-cca:53")]
    [InlineData("ru-cca:51", "ru-cca:54")]
    [InlineData("ru-cca:51", "ru-cca:55")]
    [InlineData("ru-cca:51", "ru-cca:52")]
    [InlineData("ru-cca:52", "ru-cca:53")]
    [InlineData("ru-cca:52", "ru-cca:54")]
    [InlineData("ru-cca:52", "ru-cca:55")]
    [InlineData("ru-cca:52", "ru-cca:51")]
    [InlineData("ru-cca:58", "ru-cca:57")]
    [InlineData("ru-cca:61", "ru-cca:62")]
    [InlineData("ru-cca:61", "ru-cca:64")]
    [InlineData("ru-cca:68", "ru-cca:67")]
    public void TheRussianProgrammesRedirectNotesAreData(string from, string to)
    {
        var rules = Catalog.FindCategory(from)!.Redirects;

        Assert.Contains(rules, r => r.ToId == to && r.Reason.Length > 0 && r.ReasonEn.Length > 0);
    }

    [Fact]
    public void HeadcountBoundsSeparateTheSmallTeamFromTheLargeCollective()
    {
        Assert.Equal(100m, Catalog.FindCategory("ru-cca:51")!.Eligibility.Headcount!.Max);
        Assert.Equal(101m, Catalog.FindCategory("ru-cca:52")!.Eligibility.Headcount!.Min);
    }

    [Fact]
    public void TheBestContactCentreHasSizeAndSectorSubcategories()
    {
        var subcategories = Catalog.FindCategory("ru-cca:72")!.Subcategories;

        Assert.Contains(subcategories, s => s.Dimension == "size" && s.Seats is { Max: 25 });
        Assert.Contains(subcategories, s => s.Dimension == "sector" && s.Concepts.Contains("telecom"));
    }

    [Fact]
    public void TheNewContactCentreWindowOpensOnTheFirstOfJuly2023()
    {
        Assert.Equal(new DateOnly(2023, 7, 1), Catalog.FindCategory("ru-cca:71")!.Eligibility.Since);
        Assert.Equal(new DateOnly(2024, 1, 1), Catalog.FindProgramme("lt-iba")!.AchievementsSince);
    }

    [GeneratedRegex(@"\b(?:gr-csa|lt-iba|tr-cca|ru-cca):[A-Z]?\d+\b")]
    private static partial Regex CanonicalId();

    // The ru-cca section of category-ids.md lists codes as "11 tech innovations; 12 ...".
    [GeneratedRegex(@"(?:^|[;:] )([1-7]\d) (?=[a-z])", RegexOptions.Multiline)]
    private static partial Regex RussianCodes();
}
