using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// The learned ranking that ships in data/models (ranker-v2.bin) does what the similarity ranking could
/// not: it reads who a text puts forward, follows compounds into the programme's rules, and tells texts
/// about something else from texts of the domain, whatever their words.
/// </summary>
public sealed class LearnedRankingTests
{
    private static Task<RecommendationResult> Rank(string text, string program, string? filed = null) =>
        Models.Recommender().RecommendAsync(new RecommendationRequest(text, program, 5, filed)).AsTask();

    [Fact]
    public void TheShippedModelIsLoaded() => Assert.NotNull(Models.Real.Learned);

    [Fact]
    public async Task AnAgentsPortraitGoesToACategoryForOnePersonWithOperatorOfTheYearInTheFirstTwo()
    {
        // The issue's own example: the similarity ranking put a team category first. Operator (61) and salesperson (62)
        // of the year are near neighbours the model splits almost evenly on this one line since the season writers
        // joined the corpus (README, "Measuring on writers it never read"); a team category must never come first.
        var result = await Rank("Maria Lopes has answered our customers' calls for six years.", "ru-cca");

        Assert.Equal("individual", result.Results[0].Category.Eligibility.Entrant);
        Assert.Contains("ru-cca:61", result.Results.Take(2).Select(r => r.Category.Id));
        Assert.Equal("individual", result.Subject?.Kind);
        Assert.False(result.NoMatch);
    }

    [Fact]
    public async Task AHyphenatedGenerativeAiVoiceBotFiledUnderAutomationIsSentToTheAiNomination()
    {
        var result = await Rank("Our generative-AI voice-bot now answers incoming calls on its own and closes 41% of them without an agent.",
            "ru-cca", filed: "ru-cca:14");

        Assert.Equal("ru-cca:13", result.Results[0].Category.Id);
        Assert.Equal(("ru-cca:14", "ru-cca:13"), (result.Redirect?.From, result.Redirect?.To));
    }

    [Fact]
    public async Task ABakerysLaunchThatBorrowsBusinessWordsIsNoMatch()
    {
        var result = await Rank("Our family bakery launched a rye sourdough range this spring. We installed a stone-deck oven, " +
                                "trained two new bakers and sales of bread grew by 22% in three months.", "ru-cca");

        Assert.True(result.NoMatch, $"in-domain {result.InDomain}, first {result.Results[0].Category.Id} at {result.Confidence}");
    }

    [Fact]
    public async Task AOneLineSummaryOfATeamIsAnsweredNotNoMatch()
    {
        var result = await Rank("Команда из 12 человек отвечает клиентам только в чатах и мессенджерах, без телефона.", "ru-cca");

        Assert.False(result.NoMatch);
        Assert.Equal("ru-cca:53", result.Results[0].Category.Id);
        Assert.Equal("team", result.Subject?.Kind);
    }

    [Fact]
    public async Task ATextTheDetectorDoubtsKeepsItsAnswerWhileACategoryIsMoreLikelyThanNot()
    {
        // A detector that doubts every text (threshold 1) stands for one that doubts a terse entry.
        const string text = "Команда из 12 человек отвечает клиентам только в чатах и мессенджерах, без телефона.";
        async Task<RecommendationResult> RankWith(double keep) =>
            await new CategoryRecommender(Models.Real, new InMemoryCategoryIndex(Models.Real.CategoryVectors),
                new RankingOptions { NoMatchInDomain = 1, NoMatchKeepProbability = keep }, Models.BuiltinExamples)
                .RecommendAsync(new RecommendationRequest(text, "ru-cca", 5));

        var kept = await RankWith(0.5);
        var withoutTheKeep = await RankWith(2);

        Assert.True(kept.Confidence >= 0.5, $"first {kept.Results[0].Category.Id} at {kept.Confidence}");
        Assert.False(kept.NoMatch);
        Assert.True(withoutTheKeep.NoMatch);
    }

    [Fact]
    public async Task ADigitalOnlyTeamThatLeavesThePhoneToAnotherUnitIsSentToTheDigitalTeamNotTheGeneralOne()
    {
        // "The phone line" reads as the voice channel, so the digital-team rule's "no voice" fails and the size rule
        // (to 51) holds; the model reads the text as the digital team's, and that rule is the one that applies.
        var result = await Rank("Our online support team of 42 people answers Severo Energy's customers in the app chat, in Telegram and by " +
            "email. The phone line is run by a separate unit of the contact centre, so the team itself takes no calls. In 2025 its " +
            "first response time fell to 40 seconds.", "ru-cca", filed: "ru-cca:52");

        Assert.Equal("ru-cca:53", result.Results[0].Category.Id);
        Assert.Equal(("ru-cca:52", "ru-cca:53"), (result.Redirect?.From, result.Redirect?.To));
    }

    [Fact]
    public async Task ASmallTeamOnThePhoneAndInChatFiledAsALargeCollectiveIsSentToTheTeamCategoryBySize()
    {
        var result = await Rank("Our support team of 42 people answers Severo Energy's customers on the phone, in the app chat and by email, " +
            "around the clock. In 2025 it cut the waiting time on the line to 40 seconds.", "ru-cca", filed: "ru-cca:52");

        Assert.Equal("ru-cca:51", result.Results[0].Category.Id);
        Assert.Equal(("ru-cca:52", "ru-cca:51"), (result.Redirect?.From, result.Redirect?.To));
    }

    [Fact]
    public async Task AnOperationalSupportTeamThatMentionsQualityChecklistsStaysInItsOwnCategory()
    {
        // Category 58's rule sends quality control to 57, and "checklists", "quality monitoring" read as quality
        // control; the model, trained on texts the rule sends on, reads this one as 58's, so 57 is not lifted over it.
        var result = await Rank("Our operational support team of nine keeps the Volga Telecom contact centre running: workforce forecasting " +
            "and scheduling, real-time monitoring of the queues, the knowledge base, onboarding of new agents and first-line help with " +
            "the telephony. We also prepare the checklists that the quality monitoring group uses.", "ru-cca");

        Assert.Equal("ru-cca:58", result.Results[0].Category.Id);
        Assert.DoesNotContain(result.Results, r => r.RedirectedFrom == "ru-cca:58");
    }
}
