using System.CommandLine;
using CategoryMatch.Core;
using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>lexicon-audit --dev FILE --seeds DIR</c>: where each lexicon form's wording comes from. A form
/// that matches dev-set texts but no programme text (seeds, catalog) and no corpus writer's text was
/// most likely taken from the dev set: it makes a dev case pass and teaches nothing about the next
/// entrant's words. The command lists those suspects (and the forms nothing matches).
/// </summary>
public static class LexiconAuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dev = new Option<FileInfo>("--dev") { Description = "The dev set (shared/eval/dev.jsonl).", Required = true };
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "The programmes' source texts (shared/seeds).", Required = true };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var command = new Command("lexicon-audit", "List lexicon forms that only the dev set uses: the ones to remove.") { dev, seeds, data };
        command.SetAction(parse =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var model = RecommenderModel.Load(dataDirectory, learnedModel: null);
            var corpusFolder = Path.Combine(dataDirectory, "examples");
            var corpus = Directory.Exists(corpusFolder) ? LabelledCorpus.Read(corpusFolder, model.Catalog).Examples : [];

            var devHits = Count(EvaluationCase.ReadFile(parse.GetValue(dev)!.FullName).Select(c => (c.Text, (string?)null, c.Id)), model);
            var sourceHits = Count(ProgrammeTexts(model, parse.GetValue(seeds)!.FullName).Select(t => (t.Text, (string?)t.Lang, t.Name)), model);
            var writerHits = Count(corpus.Select(e => (e.Text, (string?)null, e.Writer)), model);

            var all = model.Lexicon.Concepts.SelectMany(c => c.Forms.Values.SelectMany(f => f).Distinct().Select(f => (Concept: c.Id, Form: f))).Distinct().ToList();
            var suspects = all.Where(f => devHits.ContainsKey(f) && !sourceHits.ContainsKey(f) && !writerHits.ContainsKey(f)).ToList();
            Console.WriteLine($"forms: {all.Count}; matched by the dev set: {devHits.Count}; by programme texts: {sourceHits.Count}; by corpus writers: {writerHits.Count} (corpus: {corpus.Count} texts)");
            Console.WriteLine($"suspects (dev set only): {suspects.Count}");
            foreach (var (concept, form) in suspects.OrderBy(f => f.Concept).ThenBy(f => f.Form))
                Console.WriteLine($"  suspect\t{concept}\t{form}\t{string.Join(",", devHits[(concept, form)].Take(5))}");
            var keywords = SuspectKeywords(model, EvaluationCase.ReadFile(parse.GetValue(dev)!.FullName).Where(c => c.Lang == "en").Select(c => c.Text),
                corpus.Where(e => e.Lang == "en").Select(e => e.Text));
            Console.WriteLine($"catalog keywords matched by English dev texts and no English corpus text: {keywords.Count}");
            foreach (var (category, keyword) in keywords) Console.WriteLine($"  keyword\t{category}\t{keyword}");
            var unused = all.Where(f => !devHits.ContainsKey(f) && !sourceHits.ContainsKey(f) && !writerHits.ContainsKey(f)).ToList();
            Console.WriteLine($"matched nowhere: {unused.Count}");
            foreach (var (concept, form) in unused.OrderBy(f => f.Concept).ThenBy(f => f.Form))
                Console.WriteLine($"  unused\t{concept}\t{form}");
            return 0;
        });
        return command;
    }

    // A keyword "occurs" in a text when the text holds its stems in order, as a lexicon form would match.
    private static List<(string Category, string Keyword)> SuspectKeywords(RecommenderModel model, IEnumerable<string> dev, IEnumerable<string> corpus)
    {
        static string Stems(RecommenderModel m, string text) => " " + string.Join(' ', m.Analyzer.Tokenize(text, "en").Select(t => t.Stem)) + " ";
        var devStems = dev.Select(t => Stems(model, t)).ToList();
        var corpusStems = corpus.Select(t => Stems(model, t)).ToList();
        return [.. from c in model.Catalog.Categories
                   from k in c.Keywords
                   let stems = Stems(model, k)
                   where devStems.Any(t => t.Contains(stems, StringComparison.Ordinal)) && !corpusStems.Any(t => t.Contains(stems, StringComparison.Ordinal))
                   select (c.Id, k)];
    }

    // For each (concept, form), the distinct labels (case ids, file names, writers) of the texts it matches.
    private static Dictionary<(string, string), HashSet<string>> Count(IEnumerable<(string Text, string? Lang, string Label)> texts, RecommenderModel model)
    {
        var hits = new Dictionary<(string, string), HashSet<string>>();
        foreach (var (text, lang, label) in texts)
            foreach (var found in model.Lexicon.FormsIn(model.Analyzer.Analyze(text, lang)))
            {
                if (!hits.TryGetValue(found, out var labels)) hits[found] = labels = [];
                labels.Add(label);
            }
        return hits;
    }

    // The seeds paragraph by paragraph in their programme's language, and the catalog's texts: the
    // original ones in the programme's language, the English titles, summaries and keywords in English.
    private static IEnumerable<(string Text, string Lang, string Name)> ProgrammeTexts(RecommenderModel model, string seeds)
    {
        foreach (var file in Directory.EnumerateFiles(seeds, "*.txt"))
        {
            var programme = model.Catalog.Programmes.FirstOrDefault(p => Path.GetFileName(file).StartsWith(p.Id, StringComparison.Ordinal));
            if (programme is null) continue;
            foreach (var paragraph in File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                yield return (paragraph, programme.Language, Path.GetFileName(file));
        }
        foreach (var c in model.Catalog.Categories)
        {
            var language = model.Catalog.FindProgramme(c.ProgrammeId)!.Language;
            yield return (string.Join("\n", [c.Title, c.Description, .. c.Criteria, .. c.Redirects.Select(r => r.Reason)]), language, "catalog");
            // Not the keywords: they are audited themselves (below), as they may have come from the dev set too.
            yield return (string.Join("\n", [c.TitleEn, c.SummaryEn, .. c.Redirects.Select(r => r.ReasonEn)]), "en", "catalog");
        }
    }
}
