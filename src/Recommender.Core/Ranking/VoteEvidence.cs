using CategoryMatch.Core.Examples;

namespace CategoryMatch.Core.Ranking;

/// <summary>When the examples' vote is shown to an entrant, and how: where similar entries were filed, never what they said.</summary>
internal static class VoteEvidence
{
    /// <summary>
    /// The vote decides when, without it, another category would have come first (and no programme rule
    /// put the first there), or when at least <paramref name="share"/> of it went to the first category.
    /// </summary>
    public static bool Decides(List<Candidate> ranked, ExampleVote vote, float share)
    {
        if (vote.IsEmpty) return false;
        var first = ranked[0];
        foreach (var c in ranked)
            if (c != first && c.WithoutVote > first.WithoutVote && first.Rule is null) return true;
        return vote.Share(first.Category) >= share;
    }

    /// <summary>The programme's examples that voted: category, similarity and source only.</summary>
    public static List<SimilarExample> Of(ExampleVote vote, string programme) =>
        vote.NeighboursOf(programme).Select(n => new SimilarExample(n.CategoryId, Math.Round(n.Similarity, 4), n.Source)).ToList();
}
