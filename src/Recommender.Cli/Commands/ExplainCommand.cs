using System.CommandLine;
using CategoryMatch.Core;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Cli.Commands;

/// <summary>
/// <c>explain TEXT [--program ID]</c>: shows what the recommender sees in a text (language, stems,
/// concepts, numbers, dates) and how it ranks the categories, for reviewing data changes.
/// </summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "A project summary." };
        var program = new Option<string?>("--program") { Description = "Programme id (default: every programme)." };
        var filed = new Option<string?>("--filed") { Description = "The category the entry was filed in." };
        var top = new Option<int>("--top") { Description = "How many categories to show.", DefaultValueFactory = _ => 8 };
        var command = new Command("explain", "Show the analysis, the concepts and the ranking of one text.") { text, program, filed, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var recommender = CliModel.Recommender(null);
            var model = recommender.Model;
            var request = new RecommendationRequest(parse.GetValue(text)!, parse.GetValue(program), parse.GetValue(top), parse.GetValue(filed));
            try { recommender.Validate(request); }
            catch (ArgumentException e) { await Console.Error.WriteLineAsync($"error: {e.Message}"); return 2; }

            var entry = model.Encoder.Encode(request.Text);
            var a = entry.Analysis;
            Console.WriteLine($"language: {a.Language} ({a.LanguageConfidence:F2})  headcount: {a.Headcount?.ToString() ?? "-"}  seats: {a.Seats?.ToString() ?? "-"}  dates: {string.Join(", ", a.Dates.Select(d => $"{d.Year}-{d.Month}"))}");
            Console.WriteLine("stems: " + string.Join(' ', a.Tokens.Select(t => (t.IsNegated ? "!" : "") + (t.IsStopWord ? $"({t.Stem})" : t.Stem))));
            Console.WriteLine($"concepts (domain signal {entry.DomainSignal:F2}):");
            foreach (var g in entry.Matches.GroupBy(m => m.ConceptIndex))
                Console.WriteLine($"  {model.Lexicon.Concepts[g.Key].Id,-32} {string.Join(" | ", g.Where(m => m.IsDirect).Select(m => a.Text.Substring(m.Start, m.Length)).Distinct())}{(g.All(m => !m.IsDirect) ? " (broader)" : "")}");
            var result = await recommender.RecommendAsync(request, cancellationToken);
            Console.WriteLine($"noMatch: {result.NoMatch}  redirect: {result.Redirect?.From}->{result.Redirect?.To}" +
                (result.Subject is { } subject ? $"  subject: {subject.Kind} ({subject.Probability:F2})  in-domain: {result.InDomain:F2}" : "  (no learned ranking loaded)"));
            foreach (var r in result.Results)
                Console.WriteLine($"  {r.Category.Id,-12} score={r.Score:F3} sim={r.Similarity:F3} {(r.Eligible ? "" : "INELIGIBLE ")}{(r.RedirectedFrom is null ? "" : $"<- {r.RedirectedFrom} ")}{r.Category.TitleEn}");
            return 0;
        });
        return command;
    }
}
