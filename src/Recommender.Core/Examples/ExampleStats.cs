namespace CategoryMatch.Core.Examples;

/// <summary>How many examples a programme has, per category and source.</summary>
/// <param name="Program">The programme.</param>
/// <param name="Builtin">Builtin examples in all.</param>
/// <param name="Organiser">The organiser's examples in all.</param>
/// <param name="Categories">Per category with at least one example, in category id order.</param>
public sealed record ExampleStats(string Program, int Builtin, int Organiser, IReadOnlyList<CategoryExampleCount> Categories)
{
    /// <summary>How far the ranking trusts the organiser's examples, as last estimated on them (null before any estimate).</summary>
    public TrustEstimate? Trust { get; init; }

    /// <summary>The stats of <paramref name="program"/> from (category, source, count) rows.</summary>
    public static ExampleStats From(string program, IEnumerable<(string CategoryId, ExampleSource Source, int Count)> rows)
    {
        var categories = rows.GroupBy(r => r.CategoryId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryExampleCount(g.Key,
                g.Where(r => r.Source == ExampleSource.Builtin).Sum(r => r.Count),
                g.Where(r => r.Source == ExampleSource.Organiser).Sum(r => r.Count)))
            .ToList();
        return new ExampleStats(program, categories.Sum(c => c.Builtin), categories.Sum(c => c.Organiser), categories);
    }
}
