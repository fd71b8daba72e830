using CategoryMatch.Core.DataFiles;
using System.Globalization;
using static CategoryMatch.Core.Catalog.CatalogFile;

namespace CategoryMatch.Core.Catalog;

/// <summary>
/// Loads data/categories/*.yaml into a <see cref="CategoryCatalog"/>, collecting every problem
/// (file, category, field) before failing so one run shows the whole list.
/// </summary>
public static class CatalogLoader
{
    private static readonly HashSet<string> Languages = ["el", "lt", "ru", "tr", "en"];
    private static readonly HashSet<string> Entrants = ["organisation", "team", "individual", "partnership"];
    private static readonly HashSet<string> Dimensions = ["size", "sector", "function"];

    /// <summary>Reads every programme file in <paramref name="categoriesDirectory"/>.</summary>
    public static CategoryCatalog Load(string categoriesDirectory)
    {
        if (!Directory.Exists(categoriesDirectory))
            throw new DataFileException($"The catalog folder '{categoriesDirectory}' does not exist.");
        var files = Directory.GetFiles(categoriesDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new DataFileException($"The catalog folder '{categoriesDirectory}' holds no .yaml file.");

        var problems = new List<string>();
        var programmes = files.Select(f => Build(f, YamlFiles.Read<CatalogFile>(f), problems)).ToList();
        CheckRedirectTargets(programmes, problems);
        foreach (var duplicate in programmes.GroupBy(p => p.Id).Where(g => g.Count() > 1))
            problems.Add($"programme '{duplicate.Key}' is defined in more than one file.");
        if (problems.Count > 0) throw DataFileException.From(problems);
        return new CategoryCatalog(programmes);
    }

    private static Programme Build(string path, CatalogFile file, List<string> problems)
    {
        var where = YamlFiles.DisplayName(path);
        var p = file.Program;
        if (p is null) { problems.Add($"{where}: the 'program' section is missing."); p = new ProgrammeEntry(); }
        var id = Required(p.Id, $"{where}: program", "id", problems);
        var expectedId = Path.GetFileNameWithoutExtension(path);
        if (id.Length > 0 && id != expectedId)
            problems.Add($"{where}: program: id '{id}' does not match the file name '{expectedId}'.");
        var language = Required(p.Language, $"{where}: program", "language", problems);
        if (language.Length > 0 && !Languages.Contains(language))
            problems.Add($"{where}: program: language '{language}' is not one of {string.Join(", ", Languages)}.");

        var categories = new List<Category>();
        foreach (var (entry, index) in (file.Categories ?? []).Select((c, i) => (c, i)))
            categories.Add(BuildCategory(id, entry, $"{where}: category #{index + 1}", problems));
        if (categories.Count == 0) problems.Add($"{where}: the programme has no categories.");
        foreach (var duplicate in categories.GroupBy(c => c.Code).Where(g => g.Count() > 1))
            problems.Add($"{where}: category code '{duplicate.Key}' appears {duplicate.Count()} times.");

        return new Programme(id, Required(p.Name, $"{where}: program", "name", problems),
            Required(p.NameEn, $"{where}: program", "nameEn", problems), language,
            ParseDate(p.Eligibility?.AchievementsSince, $"{where}: program", "eligibility.achievementsSince", problems),
            categories);
    }

    private static Category BuildCategory(string programmeId, CategoryEntry c, string where, List<string> problems)
    {
        var code = Required(c.Code, where, "code", problems);
        if (code.Length > 0) where = $"{where.Split(": category #")[0]}: category {programmeId}:{code}";
        var id = Category.MakeId(programmeId, code);
        var e = c.Eligibility;
        if (e?.Entrant is { } entrant && !Entrants.Contains(entrant))
            problems.Add($"{where}: eligibility.entrant '{entrant}' is not one of {string.Join(", ", Entrants)}.");
        var eligibility = e is null ? Eligibility.None : new Eligibility(
            e.Entrant,
            Range(e.Headcount, where, "eligibility.headcount", problems),
            Range(e.Seats, where, "eligibility.seats", problems),
            e.Roles ?? [],
            ParseDate(e.Since, where, "eligibility.since", problems),
            e.Notes ?? [],
            e.Excludes ?? []);

        var subcategories = (c.Subcategories ?? []).Select((s, i) =>
        {
            var field = $"subcategories[{i}]";
            if (s.Dimension is { } d && !Dimensions.Contains(d))
                problems.Add($"{where}: {field}.dimension '{d}' is not one of {string.Join(", ", Dimensions)}.");
            return new Subcategory(Required(s.Id, where, $"{field}.id", problems),
                Required(s.Dimension, where, $"{field}.dimension", problems),
                Required(s.Title, where, $"{field}.title", problems),
                Required(s.TitleEn, where, $"{field}.titleEn", problems),
                Range(s.Seats, where, $"{field}.seats", problems),
                Range(s.Headcount, where, $"{field}.headcount", problems),
                s.Concepts ?? []);
        }).ToList();

        var redirects = (c.Redirects ?? []).Select((r, i) =>
        {
            var field = $"redirects[{i}]";
            var to = Required(r.To, where, $"{field}.to", problems);
            var when = r.When ?? new ConditionEntry();
            var condition = new RuleCondition(when.Any ?? [], when.All ?? [], when.None ?? [],
                Range(when.Headcount, where, $"{field}.when.headcount", problems));
            if (!condition.ConceptIds.Any() && condition.Headcount is null)
                problems.Add($"{where}: {field}.when has no clause, so the rule would always fire.");
            if (to == code)
                problems.Add($"{where}: {field}.to points at the category itself.");
            return new RedirectRule(id, Category.MakeId(programmeId, to), condition,
                Required(r.Reason, where, $"{field}.reason", problems),
                Required(r.ReasonEn, where, $"{field}.reasonEn", problems));
        }).ToList();

        return new Category(id, programmeId, code,
            Required(c.Title, where, "title", problems),
            Required(c.TitleEn, where, "titleEn", problems),
            c.Group,
            Required(c.Description, where, "description", problems).Trim(),
            Required(c.SummaryEn, where, "summaryEn", problems).Trim(),
            c.Criteria ?? [], c.Keywords ?? [], eligibility, subcategories, redirects);
    }

    private static void CheckRedirectTargets(IEnumerable<Programme> programmes, List<string> problems)
    {
        foreach (var programme in programmes)
        {
            var ids = programme.Categories.Select(c => c.Id).ToHashSet();
            foreach (var rule in programme.Categories.SelectMany(c => c.Redirects).Where(r => !ids.Contains(r.ToId)))
                problems.Add($"category {rule.FromId}: redirects: target '{rule.ToId}' is not a category of {programme.Id}.");
        }
    }

    private static string Required(string? value, string where, string field, List<string> problems)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value;
        problems.Add($"{where}: field '{field}' is missing or empty.");
        return "";
    }

    private static NumericRange? Range(RangeEntry? r, string where, string field, List<string> problems)
    {
        if (r is null) return null;
        if (r.Min is null && r.Max is null) problems.Add($"{where}: {field} has neither min nor max.");
        if (r.Min > r.Max) problems.Add($"{where}: {field}.min {r.Min} is above max {r.Max}.");
        return new NumericRange(r.Min, r.Max);
    }

    private static DateOnly? ParseDate(string? value, string where, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add($"{where}: {field} '{value}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
