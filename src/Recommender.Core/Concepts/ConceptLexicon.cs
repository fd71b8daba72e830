using CategoryMatch.Core.DataFiles;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Concepts;

/// <summary>
/// The multilingual concept lexicon of data/concepts: concepts, their compiled surface forms per
/// language, and each category's defining concepts. Recognises concepts in analysed texts.
/// </summary>
public sealed partial class ConceptLexicon
{
    private const float BroaderWeight = 0.5f;
    private readonly FrozenDictionary<string, Concept> _byId;
    private readonly FrozenDictionary<string, LanguageForms> _forms;
    private readonly int[][] _broader;

    private ConceptLexicon(IReadOnlyList<Concept> concepts, FrozenDictionary<string, LanguageForms> forms,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> profiles)
    {
        Concepts = concepts;
        _byId = concepts.ToFrozenDictionary(c => c.Id);
        _forms = forms;
        Profiles = profiles;
        _broader = concepts.Select(c => c.Broader.Select(b => _byId[b].Index).ToArray()).ToArray();
    }

    /// <summary>Concepts in vector order.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>Each category's defining concepts with weights 0..1, by category id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Profiles { get; }

    /// <summary>The estimated bytes that <paramref name="language"/>'s remembered starting forms of words hold.</summary>
    public long CachedFormBytes(string language) => _forms.TryGetValue(language, out var forms) ? forms.CachedBytes : 0;

    /// <summary>Finds a concept by id.</summary>
    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Loads every concept file in <paramref name="conceptsDirectory"/> and compiles its forms with
    /// <paramref name="analyzer"/>, so forms and texts go through the same normalisation and stemming.
    /// The forms each word can start are remembered within <paramref name="budget"/> (null: the defaults).
    /// </summary>
    public static ConceptLexicon Load(string conceptsDirectory, TextAnalyzer analyzer, CacheBudget? budget = null)
    {
        budget ??= new CacheBudget();
        if (!Directory.Exists(conceptsDirectory))
            throw new DataFileException($"The concepts folder '{conceptsDirectory}' does not exist.");
        var problems = new List<string>();
        var entries = new List<(ConceptFile.ConceptEntry Entry, string File)>();
        ProfilesFile? profilesFile = null;
        string profilesPath = Path.Combine(conceptsDirectory, "category-profiles.yaml");
        foreach (var path in Directory.GetFiles(conceptsDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == "category-profiles.yaml") profilesFile = YamlFiles.Read<ProfilesFile>(path);
            else entries.AddRange((YamlFiles.Read<ConceptFile>(path).Concepts ?? []).Select(e => (e, YamlFiles.DisplayName(path))));
        }

        var concepts = new List<Concept>();
        foreach (var (entry, file) in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || !IdPattern().IsMatch(entry.Id))
            {
                problems.Add($"{file}: concept '{entry.Id}': id must be kebab-case (a-z, 0-9, '-').");
                continue;
            }
            var forms = new Dictionary<string, IReadOnlyList<string>>
            {
                ["en"] = entry.En ?? [], ["ru"] = entry.Ru ?? [], ["el"] = entry.El ?? [],
                ["lt"] = entry.Lt ?? [], ["tr"] = entry.Tr ?? [], ["any"] = entry.Any ?? [],
            };
            if (forms.Values.All(f => f.Count == 0)) problems.Add($"{file}: concept '{entry.Id}': it has no forms.");
            concepts.Add(new Concept(entry.Id, concepts.Count, forms, entry.Broader ?? [], entry.Names));
        }
        foreach (var duplicate in concepts.GroupBy(c => c.Id).Where(g => g.Count() > 1))
            problems.Add($"concept '{duplicate.Key}' is defined {duplicate.Count()} times.");
        if (problems.Count > 0) throw DataFileException.From(problems);

        var ids = concepts.Select(c => c.Id).ToHashSet();
        foreach (var c in concepts)
            foreach (var b in c.Broader.Where(b => !ids.Contains(b) || b == c.Id))
                problems.Add($"concept '{c.Id}': broader '{b}' is not another defined concept.");

        var profiles = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var (categoryId, weights) in profilesFile?.Profiles ?? [])
        {
            foreach (var (conceptId, weight) in weights)
            {
                if (!ids.Contains(conceptId))
                    problems.Add($"{YamlFiles.DisplayName(profilesPath)}: profile {categoryId}: concept '{conceptId}' is not defined.");
                if (weight is <= 0 or > 1)
                    problems.Add($"{YamlFiles.DisplayName(profilesPath)}: profile {categoryId}: weight of '{conceptId}' must be in (0, 1].");
            }
            profiles[categoryId] = weights;
        }

        var compiled = TextAnalyzer.SupportedLanguages.ToFrozenDictionary(
            language => language, language => Compile(concepts, language, analyzer, budget, problems));
        if (problems.Count > 0) throw DataFileException.From(problems);
        return new ConceptLexicon(concepts, compiled, profiles);
    }

    private static LanguageForms Compile(List<Concept> concepts, string language, TextAnalyzer analyzer, CacheBudget budget, List<string> problems)
    {
        var forms = new LanguageForms(budget);
        foreach (var concept in concepts)
        {
            var sources = concept.Forms[language].Concat(concept.Forms["any"]);
            foreach (var (source, written) in sources.Distinct().SelectMany(InAnyOrder))
            {
                var words = CompileWords(written, language, analyzer);
                if (words.Length == 0)
                    problems.Add($"concept '{concept.Id}': form '{source}' ({language}) has no words after analysis.");
                else if (words.Any(w => w.IsPrefix && w.Text.Length < LanguageForms.MinPrefixLength))
                    problems.Add($"concept '{concept.Id}': prefix form '{source}' ({language}) is shorter than {LanguageForms.MinPrefixLength} letters.");
                else if (concept.Names && words.Length != 1)
                    problems.Add($"concept '{concept.Id}': name '{source}' ({language}) must be one word.");
                else
                    forms.Add(new LexiconForm(concept.Index, words, source, concept.Names, SaysNo(written, language, analyzer)));
            }
        }
        return forms;
    }

    // A form whose own words hold a negation cue expresses an absence ("без операторов"): the analyser
    // marks its words negated, as it marks them in a text.
    private static bool SaysNo(string written, string language, TextAnalyzer analyzer) =>
        analyzer.Analyze(written.Replace("*", "").Replace(" ~ ", " "), language).Tokens.Any(t => t.IsNegated);

    // "A & B" means both words near each other in either order: it is compiled as "A ~ B" and "B ~ A".
    private static IEnumerable<(string Source, string Written)> InAnyOrder(string source)
    {
        var parts = source.Split(" & ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return [(source, source)];
        return Permutations(parts).Select(p => (source, string.Join(" ~ ", p)));
    }

    private static IEnumerable<string[]> Permutations(string[] parts) => parts.Length <= 1
        ? [parts]
        : parts.SelectMany((first, i) => Permutations([.. parts.Where((_, j) => j != i)]).Select(rest => (string[])[first, .. rest]));

    // A form is split into words as a text is; a word ending in '*' becomes a normalised prefix, and
    // a '~' lets up to FormWord.Gap words stand before the next word.
    private static FormWord[] CompileWords(string source, string language, TextAnalyzer analyzer)
    {
        var words = new List<FormWord>();
        var gap = 0;
        foreach (var raw in source.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "~")
            {
                gap = words.Count > 0 ? FormWord.Gap : 0;
                continue;
            }
            var start = words.Count;
            if (raw.EndsWith('*'))
            {
                var tokens = analyzer.Tokenize(raw.TrimEnd('*'), language);
                for (var i = 0; i < tokens.Count - 1; i++) words.Add(new FormWord(tokens[i].Stem, false));
                if (tokens.Count > 0) words.Add(new FormWord(tokens[^1].Normalized, true));
            }
            else
            {
                words.AddRange(analyzer.Tokenize(raw, language).Select(t => new FormWord(t.Stem, false)));
            }
            if (gap > 0 && words.Count > start) words[start] = words[start] with { MaxGap = gap };
            gap = 0;
        }
        return [.. words];
    }

    /// <summary>
    /// Finds every concept mention in <paramref name="text"/>: forms of its language and
    /// language-neutral forms, skipping negated mentions, plus broader concepts at reduced weight.
    /// </summary>
    public List<ConceptMatch> Match(AnalyzedText text)
    {
        var matches = new List<ConceptMatch>();
        Match(text, matches);
        return matches;
    }

    /// <summary>
    /// <see cref="Match(AnalyzedText)"/> into a list the caller reuses across texts; the list is
    /// cleared first, and holds direct mentions in text order followed by their broader concepts.
    /// </summary>
    internal void Match(AnalyzedText text, List<ConceptMatch> matches)
    {
        matches.Clear();
        if (!_forms.TryGetValue(text.Language, out var forms)) return;
        // The analyser hands out arrays; a span of one spares an interface call per word compared.
        ReadOnlySpan<Token> tokens = text.Tokens as Token[] ?? [.. text.Tokens];
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            TryForms(forms.StartingWith(token.Normalized, token.Stem), text.Text, tokens, i, matches, negated: token.IsNegated);
        }
        AddBroader(matches);
    }

    /// <summary>
    /// Every form that matches in <paramref name="text"/> (direct mentions, negated ones skipped), with
    /// the concept it expresses: for reviewing where the lexicon's wording comes from, not for ranking.
    /// </summary>
    public List<(string ConceptId, string Form)> FormsIn(AnalyzedText text)
    {
        var found = new List<(string, string)>();
        if (!_forms.TryGetValue(text.Language, out var forms)) return found;
        ReadOnlySpan<Token> tokens = text.Tokens as Token[] ?? [.. text.Tokens];
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var form in forms.StartingWith(tokens[i].Normalized, tokens[i].Stem))
                if ((!tokens[i].IsNegated || form.NegationInside) && LastWord(form, text.Text, tokens, i) >= 0)
                    found.Add((Concepts[form.ConceptIndex].Id, form.Source));
        }
        return found;
    }

    private void AddBroader(List<ConceptMatch> matches)
    {
        var direct = matches.Count;
        for (var m = 0; m < direct; m++)
            foreach (var broader in _broader[matches[m].ConceptIndex])
                matches.Add(matches[m] with { ConceptIndex = broader, Weight = BroaderWeight });
    }

    // Every candidate's first word already matches tokens[start] (see LanguageForms.StartingWith),
    // so only the words after it are compared.
    // A negated word ("без машинного обучения") is a mention only of forms that say "no" themselves.
    private static void TryForms(LexiconForm[] candidates, string text, ReadOnlySpan<Token> tokens, int start, List<ConceptMatch> matches, bool negated)
    {
        foreach (var form in candidates)
        {
            if (negated && !form.NegationInside) continue;
            var end = LastWord(form, text, tokens, start);
            if (end < 0) continue;
            var first = tokens[start].Start;
            // One mention per concept per position: several forms of a concept may match the same words.
            if (matches.Count > 0 && matches[^1].ConceptIndex == form.ConceptIndex && matches[^1].Start == first)
                continue;
            ref readonly var last = ref tokens[end];
            matches.Add(new ConceptMatch(form.ConceptIndex, first, last.Start + last.Length - first, 1f));
        }
    }

    // The index of the last token of the mention when the form (whose first word matches tokens[start])
    // matches there, else -1. A given name counts with the surname after it: the mention is the whole name.
    private static int LastWord(LexiconForm form, string text, ReadOnlySpan<Token> tokens, int start)
    {
        if (form.IsName)
            return start + 1 < tokens.Length && IsFullName(text, tokens[start], tokens[start + 1]) ? start + 1 : -1;
        var words = form.Words;
        var at = start;
        for (var j = 1; j < words.Length; j++)
        {
            var found = -1;
            // A gap stays within the clause: "операторов ~ нет" must not join two sentences.
            for (var p = at + 1; p < tokens.Length && p <= at + 1 + words[j].MaxGap; p++)
            {
                if (words[j].MaxGap > 0 && ClauseBreaks.Between(text, tokens[p - 1], tokens[p])) break;
                if (words[j].Matches(tokens[p].Normalized, tokens[p].Stem)) { found = p; break; }
            }
            if (found < 0) return -1;
            at = found;
        }
        return at;
    }

    // "Νίκος Αντωνίου", "Анна Петрова": both words capitalised and only spaces between them, so a
    // name that is also a word ("Лина", "линия" share a stem) or the start of a sentence does not count.
    private static bool IsFullName(string text, in Token name, in Token surname)
    {
        if (!char.IsUpper(text[name.Start]) || !char.IsUpper(text[surname.Start]) || surname.IsStopWord) return false;
        var gap = text.AsSpan(name.Start + name.Length, surname.Start - name.Start - name.Length);
        return gap.Length > 0 && gap.IndexOfAnyExcept(' ') < 0;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
