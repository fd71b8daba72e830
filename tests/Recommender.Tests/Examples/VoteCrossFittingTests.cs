using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// In training, a text's vote never counts its own writer's texts as builtin examples (the fusion must learn what the vote is
/// worth on a writer it never read), and its simulated organiser is what the organiser of that kind of text would hold.
/// </summary>
public sealed class VoteCrossFittingTests
{
    private static readonly IReadOnlyList<CorpusExample> Examples = SmallProgrammes.Examples;
    private static readonly Dictionary<string, string> WriterOf = Examples.ToDictionary(e => e.Id, e => e.Writer);
    private static readonly Dictionary<string, int> Groups = Examples.Select(e => e.Writer).Distinct().Order(StringComparer.Ordinal)
        .Select((w, i) => (w, i % 2)).ToDictionary(x => x.w, x => x.Item2);

    private static IReadOnlyList<ExampleNeighbour> VoteOf(CorpusExample text)
    {
        var index = InMemoryExampleIndex.Builtin(Models.Real, Examples, SmallProgrammes.Encoded);
        var organisers = new SimulatedOrganisers(Examples, Groups, SmallProgrammes.Encoded, new LearningOptions());
        var vote = organisers.Vote(index, WriterOf, text, Models.Real.Catalog.FindProgramme(text.Program)!);
        return vote.NeighboursOf(text.Program);
    }

    [Fact]
    public void ACorpusWritersTextIsNeverVotedOnByItsOwnWriterAndItsOrganiserHoldsOtherWritersOfItsGroup()
    {
        var options = new LearningOptions();
        var organisers = new SimulatedOrganisers(Examples, Groups, SmallProgrammes.Encoded, options);
        var texts = Examples.Where(e => e.InDomain && !e.Season).Take(40).ToList();
        var sawOrganiser = false;

        foreach (var text in texts)
        {
            var neighbours = VoteOf(text);
            Assert.Equal(options.Vote.K, neighbours.Count);
            Assert.All(neighbours, n => Assert.NotEqual(text.Writer, WriterOf[n.ExampleId]));
            Assert.All(neighbours.Where(n => n.Source == ExampleSource.Organiser), n => Assert.Equal(Groups[text.Writer], Groups[WriterOf[n.ExampleId]]));
            sawOrganiser |= neighbours.Any(n => n.Source == ExampleSource.Organiser) && organisers.PerCategory(text) > 0;
        }
        Assert.True(sawOrganiser, "no simulated organiser's example was among the nearest of 40 texts");
    }

    [Fact]
    public void ASeasonWritersTextHasTheWritersOtherTextsAsItsOrganisersExamplesAndNeverItself()
    {
        var options = new LearningOptions();
        var organisers = new SimulatedOrganisers(Examples, Groups, SmallProgrammes.Encoded, options);
        var texts = Examples.Where(e => e.Season && organisers.PerCategory(e) > 0).Take(20).ToList();

        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var vote = organisers.Vote(InMemoryExampleIndex.Builtin(Models.Real, Examples, SmallProgrammes.Encoded), WriterOf, text,
                Models.Real.Catalog.FindProgramme(text.Program)!);
            var categories = Models.Real.Catalog.FindProgramme(text.Program)!.Categories;
            Assert.All(vote.NeighboursOf(text.Program), n => Assert.Equal(n.Source == ExampleSource.Organiser, WriterOf[n.ExampleId] == text.Writer));
            Assert.DoesNotContain(vote.NeighboursOf(text.Program), n => n.ExampleId == text.Id);
            Assert.Contains(categories, c => vote.OrganiserRelative(c) != 0);   // the writer's archive is heard category by category
        }
    }
}
