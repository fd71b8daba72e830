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
}
