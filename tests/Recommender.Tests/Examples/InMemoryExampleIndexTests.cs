using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

/// <summary>The embedded nearest-example index finds exactly what a cosine over every example finds, and sees every write at once.</summary>
public sealed class InMemoryExampleIndexTests
{
    private static LabelledExample Organiser(string id, string category, string text) =>
        new(id, category.Split(':')[0], category, text, null, ExampleSource.Organiser);

    [Fact]
    public void TheNearestExamplesAreThoseWithTheHighestCosineOverEveryExampleOfTheProgramme()
    {
        var examples = SmallProgrammes.Examples.Where(e => e.InDomain && e.Program == "lt-iba").ToList();
        var index = InMemoryExampleIndex.Builtin(Models.Real, examples, SmallProgrammes.Encoded);
        var vectors = examples.ToDictionary(e => e.Id, e => ExampleVectors.Of(SmallProgrammes.Encoded.Entry(e)));

        foreach (var query in examples.Take(25))
        {
            var q = vectors[query.Id];
            var expected = examples.Select(e => (e.Id, Similarity: ExampleVectors.Similarity(q, vectors[e.Id])))
                .OrderByDescending(x => x.Similarity).Take(10).ToList();

            var found = index.Nearest("lt-iba", q, 10);

            Assert.Equal(10, found.Count);
            for (var i = 0; i < found.Count; i++) Assert.Equal(expected[i].Similarity, found[i].Similarity, 4);
            Assert.Equal(query.Id, found[0].ExampleId);   // a text is nearest to itself
            Assert.Equal(1f, found[0].Similarity, 4);
        }
    }

    [Fact]
    public void TheOrganisersNearestExamplesFollowTheNearestOfAllEvenWhenBuiltinExamplesAreNearer()
    {
        var examples = SmallProgrammes.Examples.Where(e => e.InDomain && e.Program == "lt-iba").ToList();
        var index = InMemoryExampleIndex.Builtin(Models.Real, SmallProgrammes.Examples, SmallProgrammes.Encoded);
        var query = ExampleVectors.Of(SmallProgrammes.Encoded.Entry(examples[0]));
        var builtinOnly = index.Nearest("lt-iba", query, 10);
        index.Upsert([
            Organiser("o-far", "lt-iba:E05", "Our complaints team leader Rasa coached twelve new colleagues this year."),
            Organiser("o-nearer", "lt-iba:E05", examples[0].Text + " Rasa led it."),
        ]);

        var found = index.Nearest("lt-iba", query, 10);

        Assert.Equal(11, found.Count);
        Assert.Single(found, n => n.ExampleId == "o-nearer");
        Assert.Contains(found.Take(10), n => n.ExampleId == "o-nearer");                   // among the nearest of all: voted once
        Assert.Equal(builtinOnly.Take(9).Select(n => n.ExampleId), found.Take(10).Where(n => n.ExampleId != "o-nearer").Select(n => n.ExampleId));
        Assert.Equal(new[] { "o-far" }, found.Skip(10).Select(n => n.ExampleId));         // not near enough: still heard, after them
        Assert.True(found[10].Similarity <= found[9].Similarity);
        Assert.Equal(10, index.Nearest("gr-csa", query, 10).Count(n => n.Source == ExampleSource.Builtin));   // a programme without organisers: k only
    }

    [Fact]
    public void TheOrganisersExamplesAreHeardCategoryByCategoryAsWellAsInTheVoteOfAll()
    {
        var vote = new ExampleVote(new ExampleVoteOptions { K = 3 }).Add("lt-iba", [
            new ExampleNeighbour("b-1", "lt-iba:E04", 0.9f, ExampleSource.Builtin),
            new ExampleNeighbour("b-2", "lt-iba:E04", 0.8f, ExampleSource.Builtin),
            new ExampleNeighbour("o-1", "lt-iba:E07", 0.6f, ExampleSource.Organiser),
            new ExampleNeighbour("o-2", "lt-iba:E07", 0.4f, ExampleSource.Organiser),   // past the k: heard in its category only
            new ExampleNeighbour("o-3", "lt-iba:E05", 0.2f, ExampleSource.Organiser),
        ]);
        Category Of(string id) => Models.Real.Catalog.FindCategory(id)!;

        Assert.Equal(1.7f / 2.3f, vote.Share(Of("lt-iba:E04")), 4);
        Assert.Equal(0f, vote.Share(Of("lt-iba:E05")));
        Assert.Equal(3, vote.NeighboursOf("lt-iba").Count);
        Assert.Equal((0.5f, 0.2f, 0f), (vote.OrganiserMean(Of("lt-iba:E07")), vote.OrganiserMean(Of("lt-iba:E05")), vote.OrganiserMean(Of("lt-iba:E04"))));
        // Means 0.5 and 0.2: their mean 0.35, spread 0.15; a category without organiser examples counts as 0.
        Assert.Equal(1f, vote.OrganiserRelative(Of("lt-iba:E07")), 4);
        Assert.Equal(-1f, vote.OrganiserRelative(Of("lt-iba:E05")), 4);
        Assert.Equal(-0.35f / 0.15f, vote.OrganiserRelative(Of("lt-iba:E04")), 3);
    }

    [Fact]
    public void AnExampleVectorIsUnitLengthAndItsDotProductIsTheCatalogsFusionOfConceptAndTermCosines()
    {
        var a = Models.Real.Encoder.Encode("Our contact centre team of 40 agents cut waiting times with a new callback service.");
        var b = Models.Real.Encoder.Encode("A chatbot now answers customers' questions about their bills at night.");
        var va = ExampleVectors.Of(a);

        Assert.Equal(1f, va.Dot(va), 4);
        var concepts = a.Concepts.Zip(b.Concepts, (x, y) => x * y).Sum();
        Assert.Equal(0.7f * concepts + 0.3f * a.Terms.Dot(b.Terms), ExampleVectors.Similarity(va, ExampleVectors.Of(b)), 4);
    }

    [Fact]
    public void AnUpsertedExampleIsFoundByTheNextLookupAndAnUpsertOfTheSameIdReplacesIt()
    {
        var index = new InMemoryExampleIndex(Models.Real);
        const string text = "Our voice bot answers every incoming call and resolves half of them without an agent.";

        var first = index.Upsert([Organiser("o-1", "ru-cca:14", text), Organiser("o-2", "ru-cca:61", "Maria has answered our customers' calls for six years.")]);
        var replaced = index.Upsert([Organiser("o-1", "ru-cca:13", text)]);
        var nearest = index.Nearest("ru-cca", ExampleVectors.Of(Models.Real.Encoder.Encode(text)), 1);

        Assert.Equal((2, 0), first);
        Assert.Equal((0, 1), replaced);
        Assert.Equal(2, index.CountOf("ru-cca"));
        Assert.Equal(new ExampleNeighbour("o-1", "ru-cca:13", nearest[0].Similarity, ExampleSource.Organiser), nearest[0]);
    }

    [Fact]
    public void ARemovedExampleIsNeverFoundAgainAndOtherProgrammesNeverAnswer()
    {
        var index = new InMemoryExampleIndex(Models.Real);
        const string text = "Our voice bot answers every incoming call and resolves half of them without an agent.";
        index.Upsert([Organiser("o-1", "ru-cca:13", text), Organiser("g-1", "gr-csa:1", text)]);
        var query = ExampleVectors.Of(Models.Real.Encoder.Encode(text));

        Assert.True(index.Remove("ru-cca", "o-1"));
        Assert.False(index.Remove("ru-cca", "o-1"));

        Assert.Empty(index.Nearest("ru-cca", query, 5));
        Assert.Equal("g-1", Assert.Single(index.Nearest("gr-csa", query, 5)).ExampleId);
        Assert.Empty(index.Nearest("xx-none", query, 5));
    }

    [Fact]
    public async Task LookupsWhileExamplesAreWrittenNeverFailAndSeeEachWriteWhole()
    {
        var examples = SmallProgrammes.Examples.Where(e => e.InDomain && e.Program == "gr-csa").ToList();
        var vectors = examples.Select(e => ExampleVectors.Of(SmallProgrammes.Encoded.Entry(e))).ToList();
        var index = new InMemoryExampleIndex(Models.Real);
        const int batch = 20;

        // Each write adds a batch of 20; a reader must never see part of one.
        var writer = Task.Run(() =>
        {
            for (var i = 0; i + batch <= examples.Count; i += batch)
                index.Upsert(Enumerable.Range(i, batch).Select(j => new IndexedExample(examples[j].Id, "gr-csa", examples[j].Expected[0], ExampleSource.Organiser, vectors[j])));
        });
        var seen = new List<int>();
        while (!writer.IsCompleted)
        {
            var count = index.CountOf("gr-csa");
            var found = index.Nearest("gr-csa", vectors[0], 10).Count;
            Assert.Equal(0, count % batch);
            Assert.True(found <= index.CountOf("gr-csa"));   // the 10 nearest and each category's 10 nearest organiser examples: never one not yet written
            seen.Add(count);
        }
        await writer;

        Assert.Equal(seen.Order(), seen);   // never goes back
        Assert.Equal(examples.Count / batch * batch, index.CountOf("gr-csa"));
    }
}
