using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Ranking;

/// <summary>
/// Explains a category's similarity in words a person can check: the shared concepts with the
/// entry's own words that expressed them, then the shared stems, strongest first.
/// </summary>
public sealed class EvidenceBuilder(RecommenderModel model)
{
    // Scratch lists reused by each thread: evidence is built for every returned result of every
    // request, and per-call lists and LINQ buffers were most of a request's allocations.
    [ThreadStatic] private static List<(int Index, float Contribution)>? t_concepts;
    [ThreadStatic] private static List<(Token Token, float Weight)>? t_shared;

    /// <summary>Evidence for <paramref name="category"/>, at most <paramref name="max"/> items.</summary>
    public List<Evidence> Explain(EncodedEntry entry, CategoryVectors category, int max)
    {
        var evidence = new List<Evidence>(max);
        Explain(entry, category, max, evidence);
        return evidence;
    }

    /// <summary>Adds at most <paramref name="max"/> items of evidence for <paramref name="category"/> to <paramref name="evidence"/>.</summary>
    public void Explain(EncodedEntry entry, CategoryVectors category, int max, List<Evidence> evidence)
    {
        var first = evidence.Count;
        max += first;   // the items already there are not this category's words and do not count
        var concepts = t_concepts ??= new List<(int Index, float Contribution)>();
        concepts.Clear();
        for (var i = 0; i < entry.Concepts.Length; i++)
        {
            var contribution = entry.Concepts[i] * category.Concepts[i];
            if (contribution > 0) concepts.Add((i, contribution));
        }
        concepts.Sort(static (a, b) => b.Contribution.CompareTo(a.Contribution));
        var text = entry.Analysis.Text;
        foreach (var (index, _) in concepts)
        {
            if (evidence.Count >= max) break;
            var concept = model.Lexicon.Concepts[index];
            // Prefer the span where the text names the concept itself over a narrower mention.
            var span = StrongestMatch(entry, index);
            evidence.Add(Evidence.Quoting("concept", concept.Id, text, span.Start, span.Length));
        }
        if (evidence.Count >= max) return;
        var shared = SharedTerms(entry, category);
        foreach (var (token, _) in shared)
        {
            if (evidence.Count >= max) break;
            if (Overlaps(evidence, first, token.Start)) continue;
            evidence.Add(Evidence.Quoting("term", token.Stem, text, token.Start, token.Length));
        }
    }

    // The first of the heaviest mentions of the concept (what a stable descending sort would put first).
    private static Concepts.ConceptMatch StrongestMatch(EncodedEntry entry, int index)
    {
        var matches = entry.Matches;
        Concepts.ConceptMatch best = default;
        var found = false;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.ConceptIndex != index || (found && match.Weight <= best.Weight)) continue;
            best = match;
            found = true;
        }
        return best;
    }

    private static bool Overlaps(List<Evidence> evidence, int first, int start)
    {
        for (var i = first; i < evidence.Count; i++)
            if (evidence[i].Start <= start && start < evidence[i].Start + evidence[i].Length) return true;
        return false;
    }

    // Tokens whose stem the category shares, first occurrence of each stem, heaviest first (stable).
    private static List<(Token Token, float Weight)> SharedTerms(EncodedEntry entry, CategoryVectors category)
    {
        var shared = t_shared ??= new List<(Token Token, float Weight)>();
        shared.Clear();
        var tokens = entry.Analysis.Tokens;
        var language = entry.Analysis.Language;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.IsStopWord || token.IsNegated) continue;
            var key = TermHash.Of(language, token.Stem);
            var at = Array.BinarySearch(category.Terms.Indices, key);
            // A stem's key is the same wherever it occurs, so checking for repeats among the shared
            // tokens alone keeps the first occurrence, as a set of every stem seen did.
            if (at < 0 || Contains(shared, token.Stem)) continue;
            var weight = category.Terms.Values[at];
            // Insertion sort, stable: after every heavier-or-equal weight already placed.
            var place = shared.Count;
            while (place > 0 && shared[place - 1].Weight < weight) place--;
            shared.Insert(place, (token, weight));
        }
        return shared;
    }

    private static bool Contains(List<(Token Token, float Weight)> shared, string stem)
    {
        foreach (var (token, _) in shared)
            if (token.Stem == stem) return true;
        return false;
    }
}
