using CategoryMatch.Core.Evaluation;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Ranking;

public sealed class InMemoryCategoryIndexTests
{
    [Fact]
    public void TheIndexScoresEveryDevEntryExactlyAsScoringItsCategoriesOneByOneDoes()
    {
        // The index sums term similarities through its postings; Score merges vectors one category at
        // a time (Qdrant's candidates). The two must agree to the bit, or the modes would rank apart.
        var model = Models.Real;
        var index = new InMemoryCategoryIndex(model.CategoryVectors);
        foreach (var c in EvaluationCase.ReadFile(Path.Combine(TestPaths.Shared, "eval", "dev.jsonl")))
        {
            var entry = model.Encoder.Encode(c.Text);
            var programme = model.CategoryVectors.Where(v => v.Category.ProgrammeId == c.Program).ToList();

            var searched = index.Search(entry, c.Program);
            var scored = InMemoryCategoryIndex.Score(entry, programme);

            Assert.Equal(Similarities(scored), Similarities(searched));
        }
    }

    [Fact]
    public void AnUnknownProgrammeHasNoCategories() =>
        Assert.Empty(new InMemoryCategoryIndex(Models.Real.CategoryVectors).Search(Models.Real.Encoder.Encode("A chatbot."), "xx-none"));

    private static List<(string, float, float)> Similarities(IReadOnlyList<ScoredCategory> scored) =>
        scored.Select(s => (s.Category.Id, s.ConceptSimilarity, s.TermSimilarity)).ToList();
}
