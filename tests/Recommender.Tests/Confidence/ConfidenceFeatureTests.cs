using CategoryMatch.Core.Confidence;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Confidence;

public sealed class ConfidenceFeatureTests
{
    private static readonly ConfidenceFeatureExtractor Extractor = new(Models.Real.Catalog);

    private static ScoredCategory Scored(string id, float concept, float term) => new(Models.Real.Catalog.FindCategory(id)!, concept, term);

    [Fact]
    public void EachCandidateGetsItsSimilaritiesRankMarginsAndRuleSignals()
    {
        var entry = Models.Real.Encoder.Encode("Our contact centre deployed a chatbot with machine learning that answers customers in chat.");
        RankedCandidate[] ranked =
        [
            new(Scored("ru-cca:13", 0.6f, 0.3f), 0.60f, Eligible: true, Promoted: true, RuleSource: false),
            new(Scored("ru-cca:14", 0.5f, 0.2f), 0.45f, Eligible: true, Promoted: false, RuleSource: true),
            new(Scored("ru-cca:51", 0.2f, 0.1f), 0.10f, Eligible: false, Promoted: false, RuleSource: false),
        ];

        var features = Extractor.Extract(entry, ranked);

        Assert.Equal(3, features.Length);
        Assert.Equal((0.6f, 0.3f, ranked[0].Scored.Similarity, 0.60f), (features[0].ConceptSimilarity, features[0].TermSimilarity, features[0].Similarity, features[0].Adjusted));
        Assert.Equal(0.15f, features[0].MarginToNext, 5);
        Assert.Equal(0.35f, features[1].MarginToNext, 5);
        Assert.Equal(0f, features[2].MarginToNext);
        Assert.Equal([0f, 0.15f, 0.5f], features.Select(f => MathF.Round(f.GapToBest, 5)));
        Assert.Equal([0, 1, 2], features.Select(f => f.Rank));
        Assert.Equal([true, false, false], features.Select(f => f.Promoted));
        Assert.Equal([false, true, false], features.Select(f => f.RuleSource));
        Assert.Equal([true, true, false], features.Select(f => f.Eligible));
    }

    [Fact]
    public void TextFactsAreTheEntrysLengthLanguageDomainSignalAndDistinctConcepts()
    {
        const string text = "Наш контакт-центр внедрил чат-бота и голосового робота; чат-бот отвечает в мессенджерах.";
        var entry = Models.Real.Encoder.Encode(text);

        var ru = Extractor.Extract(entry, [new(Scored("ru-cca:14", 0.5f, 0.2f), 0.4f, true, false, false)])[0];
        var el = Extractor.Extract(entry, [new(Scored("gr-csa:4", 0.5f, 0.2f), 0.4f, true, false, false)])[0];

        Assert.Equal(text.Length, ru.TextLength);
        Assert.True(ru.LanguageMatch);
        Assert.False(el.LanguageMatch);
        Assert.Equal(entry.DomainSignal, ru.DomainSignal);
        Assert.Equal(entry.Matches.Select(m => m.ConceptIndex).Distinct().Count(), ru.DistinctConcepts);
        Assert.True(ru.DistinctConcepts >= 2);
    }

    [Fact]
    public void TheModelVectorUsesReciprocalRankAndLogarithmsOfCounts()
    {
        var f = new CandidateFeatures(0.5f, 0.25f, 0.425f, 0.4f, 0.1f, 0.2f, Rank: 3, Promoted: true, RuleSource: false,
            Eligible: true, TextLength: 500, LanguageMatch: false, DomainSignal: 9f, DistinctConcepts: 4);

        var v = f.ToVector();

        Assert.Equal(CandidateFeatures.Count, v.Length);
        Assert.Equal(CandidateFeatures.Count, CandidateFeatures.Names.Count);
        Assert.Equal([0.5f, 0.25f, 0.425f, 0.4f, 0.1f, 0.2f, 0.25f, 1f, 0f, 1f, 0f], v[..11]);
        Assert.Equal(MathF.Log(10), v[11], 5);
        Assert.Equal(MathF.Log(5), v[12], 5);
    }
}
