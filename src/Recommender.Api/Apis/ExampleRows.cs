using CategoryMatch.Api.Model;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Examples;

namespace CategoryMatch.Api.Apis;

/// <summary>Checks organisers' examples field by field, so every bad row is reported while the good ones are stored.</summary>
public static class ExampleRows
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxIdLength = 200;

    private static readonly HashSet<string> Languages = ["el", "en", "lt", "ru", "tr"];

    /// <summary>
    /// The valid rows as organiser examples of <paramref name="program"/> (with the row each came from) and an
    /// error per invalid row. A category may be given as its id (<c>ru-cca:13</c>) or its code in the programme
    /// (<c>13</c>); an id sent twice is an error on its second row, so no row silently replaces another.
    /// </summary>
    public static (List<(ExampleRow Row, LabelledExample Example)> Valid, List<ExampleRowError> Errors) Check(
        string program, IEnumerable<ExampleRow> rows, CategoryCatalog catalog)
    {
        var valid = new List<(ExampleRow, LabelledExample)>();
        var errors = new List<ExampleRowError>();
        var seen = new Dictionary<string, ExampleRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Id?.Trim();
            var (field, message) = row.Problem is { } problem ? ("row", problem) : Problem(program, row with { Id = id }, catalog, seen);
            if (field is not null)
            {
                errors.Add(new ExampleRowError(row.Index, row.Line, id, field, message!));
                continue;
            }
            seen[id!] = row;
            var category = CategoryOf(program, row.CategoryId!.Trim(), catalog)!;
            valid.Add((row, new LabelledExample(id!, program, category.Id, row.Text!, row.Lang?.Trim().ToLowerInvariant(), ExampleSource.Organiser)));
        }
        return (valid, errors);
    }

    /// <summary>The error of a row whose id the builtin corpus already uses.</summary>
    public static ExampleRowError BuiltinId(ExampleRow row) => new(row.Index, row.Line, row.Id?.Trim(), "id",
        $"The id '{row.Id?.Trim()}' belongs to a builtin example of the programme; give the example an id of your own.");

    private static (string? Field, string? Message) Problem(string program, ExampleRow row, CategoryCatalog catalog, Dictionary<string, ExampleRow> seen)
    {
        if (string.IsNullOrEmpty(row.Id)) return ("id", "The example's id is required.");
        if (row.Id.Length > MaxIdLength) return ("id", $"The id is {row.Id.Length} characters; at most {MaxIdLength} are accepted.");
        if (seen.TryGetValue(row.Id, out var first))
            return ("id", $"The id '{row.Id}' was already given {(first.Line is { } line ? $"on line {line}" : $"at index {first.Index}")} of this request.");
        if (string.IsNullOrWhiteSpace(row.CategoryId)) return ("categoryId", "The category the example was judged in is required, e.g. 'ru-cca:13'.");
        if (CategoryOf(program, row.CategoryId.Trim(), catalog) is null)
            return ("categoryId", $"'{row.CategoryId.Trim()}' is not a category of programme '{program}'; category ids look like '{program}:{catalog.FindProgramme(program)!.Categories[0].Code}'.");
        if (string.IsNullOrWhiteSpace(row.Text)) return ("text", "The example's text is required.");
        if (row.Text.Length > RecommendationRequestBody.MaxTextLength)
            return ("text", $"The text is {row.Text.Length} characters; at most {RecommendationRequestBody.MaxTextLength} are accepted.");
        if (row.Lang is { } lang && !Languages.Contains(lang.Trim().ToLowerInvariant()))
            return ("lang", $"Unknown language '{lang}'; use one of {string.Join(", ", Languages.Order())}, or leave it out.");
        return (null, null);
    }

    private static Category? CategoryOf(string program, string value, CategoryCatalog catalog) =>
        catalog.FindCategory(value) is { } category
            ? (category.ProgrammeId == program ? category : null)
            : catalog.FindCategory($"{program}:{value}");
}
