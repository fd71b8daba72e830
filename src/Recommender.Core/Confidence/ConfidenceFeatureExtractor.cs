using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Confidence;

/// <summary>Turns a ranking (best first) into one <see cref="CandidateFeatures"/> per candidate.</summary>
public sealed class ConfidenceFeatureExtractor(CategoryCatalog catalog)
{
    /// <summary>
    /// The features of every candidate of <paramref name="ranked"/>, which must be sorted best first
    /// by <see cref="RankedCandidate.Adjusted"/>, as the ranking leaves it.
    /// </summary>
    public CandidateFeatures[] Extract(EncodedEntry entry, IReadOnlyList<RankedCandidate> ranked)
    {
        var features = new CandidateFeatures[ranked.Count];
        if (ranked.Count == 0) return features;
        var language = entry.Analysis.Language;
        var length = entry.Analysis.Text.Length;
        var concepts = DistinctConcepts(entry);
        var best = ranked[0].Adjusted;
        for (var i = 0; i < ranked.Count; i++)
        {
            var c = ranked[i];
            var next = i + 1 < ranked.Count ? ranked[i + 1].Adjusted : c.Adjusted;
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
        foreach (var m in entry.Matches)
        {
            if (seen[..count].Contains(m.ConceptIndex) || count == seen.Length) continue;
            seen[count++] = m.ConceptIndex;
        }
        return count;
    }
}
