using System.Collections.Frozen;

namespace CategoryMatch.Core.Text;

/// <summary>Validates a <see cref="LanguageFile"/> and compiles it; each problem names the file and field.</summary>
internal static class LanguageProfileCompiler
{
    public static LanguageProfile? Compile(LanguageFile file, string language, string name, List<string> problems)
    {
        var before = problems.Count;
        if (file.Language != language)
            problems.Add($"{name}: field 'language' must be '{language}' (found '{file.Language}').");
        var stopWords = Words(file.StopWords, language, name, "stopWords", problems, required: true);
        var negation = file.Negation ?? new LanguageFile.NegationSection();
        if (file.Negation is null || (negation.Before is not { Count: > 0 } && negation.After is not { Count: > 0 }))
            problems.Add($"{name}: field 'negation' must list cues in 'before' or 'after'.");
        var numbers = file.Numbers;
        if (numbers is null) problems.Add($"{name}: field 'numbers' is missing.");
        var decimalSeparator = numbers?.DecimalSeparator is { Length: 1 } d ? d[0] : '\0';
        if (numbers is not null && decimalSeparator == '\0')
            problems.Add($"{name}: field 'numbers.decimalSeparator' must be one character.");
        var groups = (numbers?.GroupSeparators ?? []).Where(s => s.Length == 1).Select(s => s[0]).ToArray();
        if (numbers?.GroupSeparators?.Any(s => s.Length != 1) == true)
            problems.Add($"{name}: field 'numbers.groupSeparators' must list single characters.");
        var quantities = file.Quantities;
        if (quantities?.Headcount is not { Count: > 0 }) problems.Add($"{name}: field 'quantities.headcount' must list people nouns.");
        if (quantities?.Seats is not { Count: > 0 }) problems.Add($"{name}: field 'quantities.seats' must list seat nouns.");
        var months = file.Dates?.Months;
        if (months is not { Count: 12 } || months.Any(m => m is not { Count: > 0 }))
            problems.Add($"{name}: field 'dates.months' must list 12 months, each with at least one form.");
        var suffixes = file.Stemmer?.Suffixes ?? [];
        if (language == "lt" && suffixes.Count == 0)
            problems.Add($"{name}: field 'stemmer.suffixes' must list the suffixes of the light stemmer.");
        if (file.Stemmer is { MinStem: < 2 })
            problems.Add($"{name}: field 'stemmer.minStem' must be at least 2.");

        var numberWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, forms) in numbers?.Words ?? [])
        {
            if (value is < 0 or > 1000) problems.Add($"{name}: field 'numbers.words': {value} is out of range 0-1000.");
            foreach (var form in forms ?? [])
                numberWords[TextNormalizer.Normalize(form, language)] = value;
        }
        var multipliers = new List<(WordPattern, decimal)>();
        foreach (var (form, factor) in numbers?.Multipliers ?? [])
        {
            if (factor <= 0) problems.Add($"{name}: field 'numbers.multipliers': '{form}' must be positive.");
            if (WordPattern.Compile(form, language) is { } pattern) multipliers.Add((pattern, factor));
        }
        var monthPatterns = new List<(WordPattern Pattern, int Month)>();
        for (var m = 0; m < (months?.Count ?? 0); m++)
            foreach (var form in months![m] ?? [])
                if (WordPattern.Compile(form, language) is { } pattern) monthPatterns.Add((pattern, m + 1));

        if (problems.Count > before) return null;
        return new LanguageProfile
        {
            Language = language,
            DistinctiveLetters = file.Detection?.Letters ?? "",
            StopWords = stopWords,
            NegationBefore = Words(negation.Before, language, name, "negation.before", problems),
            NegationAfter = Words(negation.After, language, name, "negation.after", problems),
            NegationPrefixes = [.. Words(negation.Prefixes, language, name, "negation.prefixes", problems)],
            NegationPrefixExceptions = Words(negation.PrefixExceptions, language, name, "negation.prefixExceptions", problems),
            NegationSuffixes = [.. Words(negation.Suffixes, language, name, "negation.suffixes", problems)],
            NotNegating = Patterns(negation.NotNegating, language),
            ScopeEnds = Words(negation.ScopeEnds, language, name, "negation.scopeEnds", problems),
            DecimalSeparator = decimalSeparator,
            GroupSeparators = groups,
            NumberWords = numberWords.ToFrozenDictionary(StringComparer.Ordinal),
            Multipliers = [.. multipliers],
            Headcount = Patterns(quantities!.Headcount, language),
            Seats = Patterns(quantities.Seats, language),
            PercentBefore = Patterns(quantities.PercentBefore, language),
            PercentAfter = Patterns(quantities.PercentAfter, language),
            Months = [.. monthPatterns],
            MonthsByInitial = monthPatterns.GroupBy(m => m.Pattern.Initial).ToFrozenDictionary(g => g.Key, g => g.ToArray()),
            YearMarkers = Patterns(file.Dates?.YearMarkers, language),
            MinStem = file.Stemmer?.MinStem ?? 3,
            Suffixes = [.. suffixes.Select(s => TextNormalizer.Normalize(s, language)).Distinct().OrderByDescending(s => s.Length)],
        };
    }

    private static FrozenSet<string> Words(List<string>? words, string language, string name, string field,
        List<string> problems, bool required = false)
    {
        if (required && words is not { Count: > 0 }) problems.Add($"{name}: field '{field}' must list at least one word.");
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words ?? [])
        {
            var normalized = TextNormalizer.Normalize(word.Trim(), language);
            if (normalized.Length == 0) problems.Add($"{name}: field '{field}' has an empty entry.");
            else set.Add(normalized);
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    private static WordPattern[] Patterns(List<string>? sources, string language) =>
        [.. (sources ?? []).Select(s => WordPattern.Compile(s, language)).OfType<WordPattern>()];
}
