using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Confidence;

/// <summary>Turns a ranking (best first) into one <see cref="CandidateFeatures"/> per candidate.</summary>
public sealed class ConfidenceFeatureExtractor(CategoryCatalog catalog)
{
    /// <summary>
    /// The features of the first <paramref name="count"/> candidates of <paramref name="ranked"/> (all
    /// of them when null), which must be sorted best first by <see cref="RankedCandidate.Adjusted"/>,
    /// as the ranking leaves it. A candidate's features read its neighbour, so pass the whole ranking.
    /// </summary>
    public CandidateFeatures[] Extract(EncodedEntry entry, ReadOnlySpan<RankedCandidate> ranked, int? count = null)
    {
        var features = new CandidateFeatures[Math.Min(count ?? ranked.Length, ranked.Length)];
        if (features.Length == 0) return features;
        var language = entry.Analysis.Language;
        var length = entry.Analysis.Text.Length;
        var concepts = DistinctConcepts(entry);
        var best = ranked[0].Adjusted;
        for (var i = 0; i < features.Length; i++)
        {
            var c = ranked[i];
            var next = i + 1 < ranked.Length ? ranked[i + 1].Adjusted : c.Adjusted;
            var programme = catalog.FindProgramme(c.Scored.Category.ProgrammeId);
            features[i] = new CandidateFeatures(
                c.Scored.ConceptSimilarity, c.Scored.TermSimilarity, c.Scored.Similarity, c.Adjusted,
                c.Adjusted - next, best - c.Adjusted, i, c.Promoted, c.RuleSource, c.Eligible,
                length, programme?.Language == language, entry.DomainSignal, concepts);
        }
        return features;
    }

    private static int DistinctConcepts(EncodedEntry entry)
    {
        // A handful of mentions per text: a linear scan beats a set.
        Span<int> seen = stackalloc int[Math.Min(entry.Matches.Count, 256)];
        var count = 0;
        for (var i = 0; i < entry.Matches.Count; i++)   // indexed: no boxed enumerator
        {
            var index = entry.Matches[i].ConceptIndex;
            if (seen[..count].Contains(index) || count == seen.Length) continue;
            seen[count++] = index;
        }
        return count;
    }
}
