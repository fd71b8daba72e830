using System.CommandLine;
using CategoryMatch.Core;
using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>lexicon-form "FORM" --lang L</c>: where a candidate lexicon form would match in the corpus: how many
/// texts and writers use it (a form is added only when at least two writers did), and the categories of
/// those texts (a form that fires across unrelated categories fires out of context).
/// </summary>
public static class LexiconFormCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var form = new Argument<string>("form") { Description = "A form in the lexicon's syntax: words, prefix*, '~' for a gap, '&' for any order." };
        var lang = new Option<string>("--lang") { Description = "The form's language (el, lt, ru, tr, en).", Required = true };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var show = new Option<int>("--show") { Description = "How many matching texts to print.", DefaultValueFactory = _ => 8 };
        var command = new Command("lexicon-form", "Show where a candidate lexicon form matches in the corpus, by writer and category.") { form, lang, data, show };
        command.SetAction(parse =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var model = RecommenderModel.Load(dataDirectory, learnedModel: null);
            var language = parse.GetValue(lang)!;
            var folder = Directory.CreateTempSubdirectory("lexicon-form-").FullName;
            try
            {
                var quoted = parse.GetValue(form)!.Replace("\"", "\\\"");
                File.WriteAllText(Path.Combine(folder, "candidate.yaml"), $"concepts:\n  - id: candidate\n    {language}: [\"{quoted}\"]\n");
                var lexicon = ConceptLexicon.Load(folder, model.Analyzer);
                var corpus = LabelledCorpus.Read(Path.Combine(dataDirectory, "examples"), model.Catalog).Examples.Where(e => e.Lang == language).ToList();
                var hits = corpus.Select(e => (e, m: lexicon.Match(model.Analyzer.Analyze(e.Text, language)))).Where(x => x.m.Count > 0).ToList();
                Console.WriteLine($"{hits.Count} of {corpus.Count} {language} texts, {hits.Select(h => h.e.Writer).Distinct().Count()} writers ({string.Join(", ", hits.Select(h => h.e.Writer).Distinct().Order())})");
                Console.WriteLine("by category: " + string.Join(", ", hits.GroupBy(h => h.e.Expected.FirstOrDefault() ?? "none").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
                foreach (var (e, m) in hits.Take(parse.GetValue(show)))
                    Console.WriteLine($"  {e.Id} [{string.Join("|", e.Expected)}] \"{e.Text.Substring(m[0].Start, m[0].Length)}\"");
                return 0;
            }
            catch (Core.DataFiles.DataFileException e) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
            finally { Directory.Delete(folder, recursive: true); }
        });
        return command;
    }
}
