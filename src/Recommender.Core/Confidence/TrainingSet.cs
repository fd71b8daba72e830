using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Evaluation;

namespace CategoryMatch.Core.Confidence;

/// <summary>
/// The labelled examples the confidence model learns from: every <c>*.jsonl</c> file of data/training,
/// in the format of data/README.md ("training/"). The dev set is never among them.
/// </summary>
public static class TrainingSet
{
    /// <summary>The languages an example may be written in.</summary>
    public static readonly IReadOnlySet<string> Languages = new HashSet<string> { "el", "lt", "ru", "tr", "en" };

    /// <summary>
    /// Reads and checks every file of <paramref name="directory"/>: ids unique, a known language and
    /// programme, expected and filed categories of that programme. A problem throws
    /// <see cref="InvalidDataException"/> naming the file and the example.
    /// </summary>
    public static List<EvaluationCase> Read(string directory, CategoryCatalog catalog)
    {
        var cases = new List<EvaluationCase>();
        var ids = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var c in EvaluationCase.ReadFile(file))
            {
                var problem = Check(c, catalog, ids);
                if (problem is not null) throw new InvalidDataException($"{file}: example '{c.Id}': {problem}");
                cases.Add(c);
            }
        }
        return cases;
    }

    private static string? Check(EvaluationCase c, CategoryCatalog catalog, HashSet<string> ids)
    {
        if (!ids.Add(c.Id)) return "the id is used twice";
        if (!Languages.Contains(c.Lang)) return $"'lang' is '{c.Lang}'; expected one of {string.Join(", ", Languages)}";
        if (catalog.FindProgramme(c.Program) is null) return $"unknown programme '{c.Program}'";
        if (string.IsNullOrWhiteSpace(c.Text)) return "'text' is empty";
        foreach (var id in c.Expected.Concat(c.Filed is null ? [] : [c.Filed]))
            if (catalog.FindCategory(id) is not { } category || category.ProgrammeId != c.Program)
                return $"'{id}' is not a category of {c.Program}";
        return null;
    }
}
