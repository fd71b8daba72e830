using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

/// <summary>In training, a text's vote comes from other writers' texts only: the fusion must learn what the vote is worth on a writer it never read.</summary>
public sealed class VoteCrossFittingTests
{
    [Fact]
    public void ATrainingTextsVoteNeverCountsItsOwnWritersTexts()
    {
        var examples = SmallProgrammes.Examples;
        var index = InMemoryExampleIndex.Builtin(Models.Real, examples, SmallProgrammes.Encoded);
        var writerOf = examples.ToDictionary(e => e.Id, e => e.Writer);
        var trainer = new LearnedRankerTrainer(Models.Real, SmallProgrammes.Encoded, new LearningOptions());

        foreach (var text in examples.Where(e => e.InDomain).Take(60))
        {
            var vote = trainer.VoteOfOtherWriters(index, writerOf, text);
            var neighbours = vote.NeighboursOf(text.Program);

            Assert.Equal(new ExampleVoteOptions().K, neighbours.Count);
            Assert.All(neighbours, n => Assert.NotEqual(text.Writer, writerOf[n.ExampleId]));
        }
    }
}
