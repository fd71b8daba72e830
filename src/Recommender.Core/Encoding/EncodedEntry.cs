using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Encoding;

/// <summary>A text as the ranker sees it: its analysis, the concepts found, and both vectors.</summary>
/// <param name="Analysis">Language, tokens, numbers and dates of the text.</param>
/// <param name="Matches">Every concept mention found (direct and broader).</param>
/// <param name="Concepts">Unit-length, IDF-weighted concept vector (language-independent).</param>
/// <param name="Terms">Unit-length, IDF-weighted sparse vector of the text's stems (language-specific).</param>
/// <param name="DomainSignal">How much recognisable domain content the text holds: the IDF-weighted concept mass before normalisation.</param>
public sealed record EncodedEntry(
    AnalyzedText Analysis,
    IReadOnlyList<ConceptMatch> Matches,
    float[] Concepts,
    SparseVector Terms,
    float DomainSignal)
{
    /// <summary>True when the text mentions the concept at <paramref name="index"/> (directly or through a narrower one).</summary>
    public bool Mentions(int index)
    {
        // Indexed: rules and eligibility ask this many times per request, and foreach over the
        // interface would allocate an enumerator each time.
        for (var i = 0; i < Matches.Count; i++)
            if (Matches[i].ConceptIndex == index) return true;
        return false;
    }
}
