using CategoryMatch.Core.DataFiles;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Ranking;

/// <summary>Decides whether a redirect rule's condition holds for an encoded entry.</summary>
public sealed class RuleEvaluator
{
    private readonly ConceptLexicon _lexicon;

    /// <summary>Checks at start that every concept the catalog's rules and sub-categories name exists.</summary>
    public RuleEvaluator(CategoryCatalog catalog, ConceptLexicon lexicon)
    {
        _lexicon = lexicon;
        var problems = new List<string>();
        foreach (var rule in catalog.RedirectRules)
            foreach (var id in rule.When.ConceptIds.Where(id => lexicon.Find(id) is null))
                problems.Add($"category {rule.FromId}: redirect to {rule.ToId}: concept '{id}' is not in the lexicon.");
        foreach (var c in catalog.Categories)
            foreach (var id in c.Eligibility.Excludes.Where(id => lexicon.Find(id) is null))
                problems.Add($"category {c.Id}: eligibility.excludes: concept '{id}' is not in the lexicon.");
        foreach (var c in catalog.Categories)
            foreach (var s in c.Subcategories)
                foreach (var id in s.Concepts.Where(id => lexicon.Find(id) is null))
                    problems.Add($"category {c.Id}: subcategory {s.Id}: concept '{id}' is not in the lexicon.");
        if (problems.Count > 0) throw DataFileException.From(problems);
    }

    /// <summary>True when every clause of <paramref name="condition"/> holds for <paramref name="entry"/>.</summary>
    public bool Holds(RuleCondition condition, EncodedEntry entry)
    {
        // Every candidate's rules are checked on every request: indexed loops, so neither closures
        // nor boxed enumerators are allocated.
        if (condition.Any.Count > 0 && !MentionsAny(entry, condition.Any)) return false;
        for (var i = 0; i < condition.All.Count; i++)
            if (!Mentions(entry, condition.All[i])) return false;
        if (MentionsAny(entry, condition.None)) return false;
        if (condition.Headcount is { } bounds)
            return entry.Analysis.Headcount is { } headcount && bounds.Contains(headcount);
        return true;
    }

    /// <summary>True when the entry mentions the concept <paramref name="conceptId"/>.</summary>
    public bool Mentions(EncodedEntry entry, string conceptId) => entry.Mentions(_lexicon.Find(conceptId)!.Index);

    /// <summary>True when the entry mentions any of <paramref name="conceptIds"/>.</summary>
    public bool MentionsAny(EncodedEntry entry, IReadOnlyList<string> conceptIds)
    {
        for (var i = 0; i < conceptIds.Count; i++)
            if (Mentions(entry, conceptIds[i])) return true;
        return false;
    }
}
