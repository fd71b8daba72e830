using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// How a labelled example (and the text it is compared with) is encoded for nearest-neighbour search:
/// ONE sparse, unit-length vector that joins what the ranking already computes for every text, the
/// concept vector (meaning, the same in every language) and the term vector (stems, wording), scaled
/// so that their dot product is <see cref="ScoredCategory.ConceptShare"/> × concept cosine + the rest ×
/// term cosine, the fusion the catalog similarity uses. Its dot product is its cosine, so any store that
/// ranks sparse vectors by dot product (Qdrant's sparse vectors do) finds the same neighbours as
/// <see cref="InMemoryExampleIndex"/>. Store it as a named sparse vector (<see cref="QdrantVectorName"/>);
/// the keys are stable across processes (<see cref="TermHash"/>, concept positions in the lexicon), and
/// change only when data/concepts or data/languages change: re-encode stored examples then.
/// </summary>
public static class ExampleVectors
{
    /// <summary>The name of the sparse vector in a Qdrant collection of examples.</summary>
    public const string QdrantVectorName = "example";

    // A concept's key has the top bit set and a term's has it clear, so the two never share a key.
    private const uint ConceptBit = 0x8000_0000;

    /// <summary>The vector of <paramref name="entry"/>: unit length, keys ascending; empty when the text has neither concepts nor stems.</summary>
    public static SparseVector Of(EncodedEntry entry)
    {
        var conceptScale = MathF.Sqrt(ScoredCategory.ConceptShare);
        var termScale = MathF.Sqrt(1 - ScoredCategory.ConceptShare);
        var weights = new Dictionary<uint, float>(entry.Terms.Indices.Length + 32);
        for (var i = 0; i < entry.Concepts.Length; i++)
            if (entry.Concepts[i] > 0) weights[ConceptKey(i)] = entry.Concepts[i] * conceptScale;
        var terms = entry.Terms;
        for (var i = 0; i < terms.Indices.Length; i++)
        {
            // Clearing the top bit may, once in a few billion, merge two stems: harmless to a vote.
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(weights, TermKey(terms.Indices[i]), out _);
            slot += terms.Values[i] * termScale;
        }
        // Normalised again, so a text with no concept (or no stem) is still compared by cosine.
        return SparseVector.FromWeights(weights);
    }

    /// <summary>The similarity of two example vectors: their cosine, 0..1 (both are unit length and non-negative).</summary>
    public static float Similarity(SparseVector a, SparseVector b) => Math.Clamp(a.Dot(b), 0f, 1f);

    /// <summary>The key of the concept at <paramref name="index"/> of the lexicon.</summary>
    public static uint ConceptKey(int index) => ConceptBit | (uint)index;

    /// <summary>The key of a term vector's index (<see cref="TermHash"/>).</summary>
    public static uint TermKey(uint termIndex) => termIndex & ~ConceptBit;
}
