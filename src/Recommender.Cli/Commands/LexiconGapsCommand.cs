using System.CommandLine;
using CategoryMatch.Core;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>lexicon-gaps [--lang L] [--rule FROM-&gt;TO]</c>: where the redirect rules and the concepts behind
/// them fail on the corpus. For every text filed where a rule should send it elsewhere, whether the
/// rule's condition holds, and if not which clause fails (a concept not found, a concept found that
/// must be absent, no stated headcount); then every correctly filed text whose own category's rule
/// fires (a false redirect). What a lexicon reviewer works from; data/examples only, never the dev set.
/// </summary>
public static class LexiconGapsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder (default: the nearest data/ folder)." };
        var lang = new Option<string?>("--lang") { Description = "Only texts in this language." };
        var rule = new Option<string?>("--rule") { Description = "Only this rule, as 'ru-cca:51->ru-cca:53'." };
        var command = new Command("lexicon-gaps", "Show corpus texts where a redirect rule should fire and does not, or fires and should not.") { data, lang, rule };
        command.SetAction(parse =>
        {
            var dataDirectory = RecommenderModel.LocateDataDirectory(parse.GetValue(data)?.FullName, Environment.CurrentDirectory);
            var model = RecommenderModel.Load(dataDirectory, learnedModel: null);
            var corpus = LabelledCorpus.Read(Path.Combine(dataDirectory, "examples"), model.Catalog).Examples
                .Where(e => parse.GetValue(lang) is not { } l || e.Lang == l).ToList();
            var only = parse.GetValue(rule);
            var missed = 0;
            var shouldFire = 0;
            foreach (var r in model.Catalog.RedirectRules.Where(r => only is null || $"{r.FromId}->{r.ToId}" == only))
            {
                foreach (var e in corpus.Where(e => e.Filed == r.FromId && e.Expected.Contains(r.ToId)))
                {
                    shouldFire++;
                    var entry = model.Encoder.Encode(e.Text);
                    if (model.Rules.Holds(r.When, entry)) continue;
                    missed++;
                    Console.WriteLine($"MISSED {r.FromId}->{r.ToId} {e.Id} [{e.Lang}, {e.Writer}] {Why(r.When, entry, model)}");
                    Console.WriteLine($"    found: {string.Join(", ", entry.Matches.Where(m => m.IsDirect).Select(m => model.Lexicon.Concepts[m.ConceptIndex].Id).Distinct())}");
                    Console.WriteLine($"    {e.Text.ReplaceLineEndings(" ")}");
                }
            }
            var falseFires = 0;
            foreach (var e in corpus.Where(e => e.InDomain && (e.Filed ?? e.Expected[0]) is var filed && e.Expected.Contains(filed)))
            {
                var filed = model.Catalog.FindCategory(e.Filed ?? e.Expected[0])!;
                var entry = model.Encoder.Encode(e.Text);
                foreach (var r in filed.Redirects.Where(r => (only is null || $"{r.FromId}->{r.ToId}" == only) && model.Rules.Holds(r.When, entry)))
                {
                    falseFires++;
                    Console.WriteLine($"FALSE {r.FromId}->{r.ToId} {e.Id} [{e.Lang}, {e.Writer}] fired on a text that belongs in {filed.Id}");
                    Console.WriteLine($"    found: {string.Join(", ", Mentions(r.When, entry, model))}");
                    Console.WriteLine($"    {e.Text.ReplaceLineEndings(" ")}");
                }
            }
            Console.WriteLine($"rules missed on {missed} of {shouldFire} texts they should send elsewhere; fired on {falseFires} texts filed where they belong");
            return 0;
        });
        return command;
    }

    private static string Why(RuleCondition when, EncodedEntry entry, RecommenderModel model)
    {
        var reasons = new List<string>();
        if (when.Any.Count > 0 && !model.Rules.MentionsAny(entry, when.Any)) reasons.Add($"none of [{string.Join(", ", when.Any)}] found");
        reasons.AddRange(when.All.Where(c => !model.Rules.Mentions(entry, c)).Select(c => $"'{c}' not found"));
        reasons.AddRange(when.None.Where(c => model.Rules.Mentions(entry, c)).Select(c => $"'{c}' found but must be absent: \"{Quote(entry, model, c)}\""));
        if (when.Headcount is { } bounds && entry.Analysis.Headcount is not { } h) reasons.Add($"no headcount stated (needs {bounds})");
        else if (when.Headcount is { } b && entry.Analysis.Headcount is { } hc && !b.Contains(hc)) reasons.Add($"headcount {hc} outside {b}");
        return string.Join("; ", reasons);
    }

    private static IEnumerable<string> Mentions(RuleCondition when, EncodedEntry entry, RecommenderModel model) =>
        when.Any.Concat(when.All).Where(c => model.Rules.Mentions(entry, c)).Select(c => $"{c} \"{Quote(entry, model, c)}\"");

    private static string Quote(EncodedEntry entry, RecommenderModel model, string conceptId)
    {
        var index = model.Lexicon.Find(conceptId)!.Index;
        return string.Join(" | ", entry.Matches.Where(m => m.ConceptIndex == index).Select(m => entry.Analysis.Text.Substring(m.Start, m.Length)).Distinct());
    }
}
