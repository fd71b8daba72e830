using System.Text.Json;
using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// The labelled corpus of data/examples: every <c>*.jsonl</c> file of the folder, one per programme and
/// language, read and checked against the catalog. What everything that learns is trained on, and what
/// held-out-writer evaluation scores; the dev set is never part of it.
/// </summary>
public sealed class LabelledCorpus
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly HashSet<string> Languages = ["el", "lt", "ru", "tr", "en"];

    private LabelledCorpus(IReadOnlyList<CorpusExample> examples) => Examples = examples;

    /// <summary>Every example, in file order.</summary>
    public IReadOnlyList<CorpusExample> Examples { get; }

    /// <summary>The writers, in order of their ids.</summary>
    public IReadOnlyList<string> Writers => [.. Examples.Select(e => e.Writer).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>A corpus of the given examples (tests, folds).</summary>
    public static LabelledCorpus Of(IEnumerable<CorpusExample> examples) => new([.. examples]);

    /// <summary>
    /// Reads every <c>*.jsonl</c> file of <paramref name="directory"/>. A broken line, a missing field, an
    /// unknown language, genre or category, a category of another programme, a text outside
    /// <see cref="CorpusExample.MinLength"/>..<see cref="CorpusExample.MaxLength"/> or an id used twice
    /// throws <see cref="InvalidDataException"/> naming the file, the line and the field.
    /// </summary>
    public static LabelledCorpus Read(string directory, CategoryCatalog catalog)
    {
        if (!Directory.Exists(directory)) throw new InvalidDataException($"{directory}: the corpus folder does not exist.");
        var examples = new List<CorpusExample>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    var example = Parse(line, catalog);
                    if (!ids.Add(example.Id)) throw new InvalidDataException($"the id '{example.Id}' is used twice");
                    examples.Add(example);
                }
                catch (Exception e) when (e is JsonException or InvalidDataException)
                {
                    throw new InvalidDataException($"{file}: line {lineNumber}: {e.Message}", e);
                }
            }
        }
        return new LabelledCorpus(examples);
    }

    /// <summary>
    /// The kind of an example, in the terms of shared/eval/README.md: <c>out-of-domain</c> without an
    /// expected category; <c>redirect</c> when filed where a rule of the filed category sends it to an
    /// expected one; <c>misfiled</c> when filed elsewhere without such a rule; <c>crosslingual</c> when
    /// written in another language than the programme's; else <c>plain</c>.
    /// </summary>
    public static string KindOf(CorpusExample example, CategoryCatalog catalog)
    {
        if (!example.InDomain) return "out-of-domain";
        if (example.Filed is { } filed && !example.Expected.Contains(filed))
            return catalog.FindCategory(filed)!.Redirects.Any(r => example.Expected.Contains(r.ToId)) ? "redirect" : "misfiled";
        return catalog.FindProgramme(example.Program)!.Language == example.Lang ? "plain" : "crosslingual";
    }

    private static CorpusExample Parse(string line, CategoryCatalog catalog)
    {
        var raw = JsonSerializer.Deserialize<Line>(line, Json) ?? throw new InvalidDataException("the line is empty");
        var id = Required(raw.Id, "id");
        var program = Required(raw.Program, "program");
        var lang = Required(raw.Lang, "lang");
        var text = Required(raw.Text, "text");
        var writer = Required(raw.Writer, "writer");
        var genre = Required(raw.Genre, "genre");
        if (raw.Expected is null) throw new InvalidDataException($"'{id}': 'expected' is missing (empty for an out-of-domain text)");
        if (catalog.FindProgramme(program) is null) throw new InvalidDataException($"'{id}': unknown programme '{program}'");
        if (!Languages.Contains(lang)) throw new InvalidDataException($"'{id}': 'lang' is '{lang}'; expected one of {string.Join(", ", Languages)}");
        if (!CorpusExample.Genres.Contains(genre)) throw new InvalidDataException($"'{id}': 'genre' is '{genre}'; expected one of {string.Join(", ", CorpusExample.Genres)}");
        if (raw.Subject is { } subject && !CorpusExample.Subjects.Contains(subject))
            throw new InvalidDataException($"'{id}': 'subject' is '{subject}'; expected one of {string.Join(", ", CorpusExample.Subjects)}");
        if (text.Length is < CorpusExample.MinLength or > CorpusExample.MaxLength)
            throw new InvalidDataException($"'{id}': 'text' has {text.Length} characters; the corpus holds {CorpusExample.MinLength} to {CorpusExample.MaxLength}");
        var acceptable = raw.Acceptable ?? [];
        foreach (var (field, categoryId) in raw.Expected.Select(c => ("expected", c)).Concat(acceptable.Select(c => ("acceptable", c)))
                     .Concat(raw.Filed is null ? [] : [("filed", raw.Filed)]))
            if (catalog.FindCategory(categoryId) is not { } category || category.ProgrammeId != program)
                throw new InvalidDataException($"'{id}': '{field}' names '{categoryId}', which is not a category of {program}");
        return new CorpusExample(id, program, lang, text, raw.Expected, acceptable, raw.Filed, writer, genre, raw.Subject, raw.Reviewer, raw.NearDomain, raw.Season ?? false);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"'{field}' is missing") : value;

    private sealed record Line(
        string? Id, string? Program, string? Lang, string? Text, List<string>? Expected, List<string>? Acceptable,
        string? Filed, string? Writer, string? Genre, string? Subject, string? Reviewer, bool? NearDomain, bool? Season);
}
