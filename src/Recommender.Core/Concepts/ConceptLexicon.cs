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

    /// <summary>Finds a concept by id.</summary>
    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Loads every concept file in <paramref name="conceptsDirectory"/> and compiles its forms with
    /// <paramref name="analyzer"/>, so forms and texts go through the same normalisation and stemming.
    /// </summary>
    public static ConceptLexicon Load(string conceptsDirectory, TextAnalyzer analyzer)
    {
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
            language => language, language => Compile(concepts, language, analyzer, problems));
        if (problems.Count > 0) throw DataFileException.From(problems);
        return new ConceptLexicon(concepts, compiled, profiles);
    }

    private static LanguageForms Compile(List<Concept> concepts, string language, TextAnalyzer analyzer, List<string> problems)
    {
        var forms = new LanguageForms();
        foreach (var concept in concepts)
        {
            var sources = concept.Forms[language].Concat(concept.Forms["any"]);
            foreach (var source in sources.Distinct())
            {
                var words = CompileWords(source, language, analyzer);
                if (words.Length == 0)
                    problems.Add($"concept '{concept.Id}': form '{source}' ({language}) has no words after analysis.");
                else if (words.Any(w => w.IsPrefix && w.Text.Length < LanguageForms.MinPrefixLength))
                    problems.Add($"concept '{concept.Id}': prefix form '{source}' ({language}) is shorter than {LanguageForms.MinPrefixLength} letters.");
                else if (concept.Names && words.Length != 1)
                    problems.Add($"concept '{concept.Id}': name '{source}' ({language}) must be one word.");
                else
                    forms.Add(new LexiconForm(concept.Index, words, source, concept.Names));
            }
        }
        return forms;
    }

    // A form is split into words as a text is; a word ending in '*' becomes a normalised prefix.
    private static FormWord[] CompileWords(string source, string language, TextAnalyzer analyzer)
    {
        var words = new List<FormWord>();
        foreach (var raw in source.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
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
            if (token.IsNegated) continue;
            TryForms(forms.StartingWith(token.Normalized, token.Stem), text.Text, tokens, i, matches);
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
            if (tokens[i].IsNegated) continue;
            foreach (var form in forms.StartingWith(tokens[i].Normalized, tokens[i].Stem))
            {
                var length = form.IsName ? 2 : form.Words.Length;
                if (i + length > tokens.Length || !RestMatches(form.Words, tokens, i)) continue;
                if (form.IsName && !IsFullName(text.Text, tokens[i], tokens[i + 1])) continue;
                found.Add((Concepts[form.ConceptIndex].Id, form.Source));
            }
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
    private static void TryForms(LexiconForm[] candidates, string text, ReadOnlySpan<Token> tokens, int start, List<ConceptMatch> matches)
    {
        foreach (var form in candidates)
        {
            var words = form.Words;
            // A given name counts with the surname after it: the mention is the whole name.
            var length = form.IsName ? 2 : words.Length;
            if (start + length > tokens.Length || !RestMatches(words, tokens, start)) continue;
            if (form.IsName && !IsFullName(text, tokens[start], tokens[start + 1])) continue;
            var first = tokens[start].Start;
            // One mention per concept per position: several forms of a concept may match the same words.
            if (matches.Count > 0 && matches[^1].ConceptIndex == form.ConceptIndex && matches[^1].Start == first)
                continue;
            ref readonly var last = ref tokens[start + length - 1];
            matches.Add(new ConceptMatch(form.ConceptIndex, first, last.Start + last.Length - first, 1f));
        }
    }

    // "Νίκος Αντωνίου", "Анна Петрова": both words capitalised and only spaces between them, so a
    // name that is also a word ("Лина", "линия" share a stem) or the start of a sentence does not count.
    private static bool IsFullName(string text, in Token name, in Token surname)
    {
        if (!char.IsUpper(text[name.Start]) || !char.IsUpper(text[surname.Start]) || surname.IsStopWord) return false;
        var gap = text.AsSpan(name.Start + name.Length, surname.Start - name.Start - name.Length);
        return gap.Length > 0 && gap.IndexOfAnyExcept(' ') < 0;
    }

    private static bool RestMatches(FormWord[] words, ReadOnlySpan<Token> tokens, int start)
    {
        for (var j = 1; j < words.Length; j++)
        {
            ref readonly var token = ref tokens[start + j];
            if (!words[j].Matches(token.Normalized, token.Stem)) return false;
        }
        return true;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
