using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Explains a category's similarity in words a person can check: the shared concepts with the
/// entry's own words that expressed them, then the shared stems, strongest first.
/// </summary>
public sealed class EvidenceBuilder(RecommenderModel model)
{
    /// <summary>Evidence for <paramref name="category"/>, at most <paramref name="max"/> items.</summary>
    public List<Evidence> Explain(EncodedEntry entry, CategoryVectors category, int max)
    {
        var evidence = new List<Evidence>(max);
        var concepts = new List<(int Index, float Contribution)>();
        for (var i = 0; i < entry.Concepts.Length; i++)
        {
            var contribution = entry.Concepts[i] * category.Concepts[i];
            if (contribution > 0) concepts.Add((i, contribution));
        }
        concepts.Sort((a, b) => b.Contribution.CompareTo(a.Contribution));
        var text = entry.Analysis.Text;
        foreach (var (index, _) in concepts)
        {
            if (evidence.Count >= max) break;
            var concept = model.Lexicon.Concepts[index];
            // Prefer the span where the text names the concept itself over a narrower mention.
            var span = entry.Matches.Where(m => m.ConceptIndex == index).OrderByDescending(m => m.Weight).FirstOrDefault();
            evidence.Add(new Evidence("concept", concept.Id, text.Substring(span.Start, span.Length), span.Start, span.Length));
        }
        foreach (var token in SharedTerms(entry, category))
        {
            if (evidence.Count >= max) break;
            if (evidence.Any(e => e.Start <= token.Start && token.Start < e.Start + e.Length)) continue;
            evidence.Add(new Evidence("term", token.Stem, text.Substring(token.Start, token.Length), token.Start, token.Length));
        }
        return evidence;
    }

    private static IEnumerable<Token> SharedTerms(EncodedEntry entry, CategoryVectors category)
    {
        var seen = new HashSet<string>();
        var shared = new List<(Token Token, float Weight)>();
        foreach (var token in entry.Analysis.Tokens)
        {
            if (token.IsStopWord || token.IsNegated || !seen.Add(token.Stem)) continue;
            var key = TermHash.Of(entry.Analysis.Language, token.Stem);
            var at = Array.BinarySearch(category.Terms.Indices, key);
            if (at >= 0) shared.Add((token, category.Terms.Values[at]));
        }
        return shared.OrderByDescending(s => s.Weight).Select(s => s.Token);
    }
}
