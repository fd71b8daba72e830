using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Ranking;

public sealed class RankingBehaviourTests
{
    private static Task<RecommendationResult> Rank(string text, string? program, int top = 5) =>
        Models.Recommender().RecommendAsync(new RecommendationRequest(text, program, top)).AsTask();

    [Fact]
    public async Task AFortyFivePersonTeamIsNotRankedIntoTheCategoryForMoreThanAHundred()
    {
        var result = await Rank("Наша команда обслуживания клиентов — 45 человек, работаем по телефону, в чате и по почте. Подняли NPS и снизили повторные обращения.", "ru-cca", 47);

        var ids = result.Results.Select(r => r.Category.Id).ToList();
        Assert.Equal("ru-cca:51", ids[0]);
        Assert.True(ids.IndexOf("ru-cca:52") > ids.IndexOf("ru-cca:51"));
        Assert.False(result.Results.Single(r => r.Category.Id == "ru-cca:52").Eligible);
    }

    [Fact]
    public async Task AFourHundredPersonCollectiveGoesToTheLargeCategory()
    {
        var result = await Rank("Our customer service department of 420 agents handles phone, chat and email on three sites; NPS rose from 41 to 58.", "ru-cca");

        Assert.Equal("ru-cca:52", result.Results[0].Category.Id);
    }

    [Theory]
    [InlineData("el", "ru-cca", "ru-cca:56", "Η ομάδα μας των 20 ατόμων ασχολείται αποκλειστικά με τη διαχείριση παραπόνων και αιτιάσεων πελατών για όλη την εταιρεία.")]
    [InlineData("en", "gr-csa", "gr-csa:3", "We built a complaints handling system that records every complaint, resolves special requests and finds root causes so problems do not repeat.")]
    [InlineData("lt", "gr-csa", "gr-csa:4", "Sujungėme visus aptarnavimo kanalus: parduotuvę, telefoną, pokalbius svetainėje ir socialinius tinklus į vieną kliento istoriją.")]
    [InlineData("tr", "ru-cca", "ru-cca:44", "Çağrı merkezimizde işe alım sürecini yeniden tasarladık: video mülakat, çevrimiçi testler ve aday havuzu; işe alım süresi yarıya indi.")]
    [InlineData("ru", "lt-iba", "lt-iba:E02", "Мы внедрили чат-бота на базе искусственного интеллекта и новую CRM-систему в службе поддержки клиентов.")]
    public async Task ASummaryInOneLanguageFindsTheRightCategoryOfAProgrammeInAnother(string language, string program, string expected, string text)
    {
        var result = await Rank(text, program);

        Assert.Equal(language, result.Language);
        Assert.False(result.NoMatch);
        Assert.Equal(expected, result.Results[0].Category.Id);
    }

    [Theory]
    [InlineData("gr-csa", "Ο φούρνος μας έβγαλε νέα σειρά ψωμιού με προζύμι και συσκευασία από ανακυκλωμένο χαρτί.")]
    [InlineData("tr-cca", "Fırınımız ekşi mayalı yeni bir ekmek serisi çıkardı ve ambalajı geri dönüştürülmüş kağıttan yaptı.")]
    [InlineData("lt-iba", "Rudens lapai krenta ant tylaus ežero, o poetas sėdi ant kranto ir skaičiuoja žvaigždes.")]
    [InlineData("ru-cca", "Version 3.2 of our mobile puzzle game adds forty new levels, a night mode and cloud saves.")]
    public async Task ATextFromOutsideTheDomainGetsNoMatch(string program, string text)
    {
        var result = await Rank(text, program);

        Assert.True(result.NoMatch);
        Assert.True(result.Confidence < 0.5);
    }

    [Fact]
    public async Task EvidenceQuotesTheWordsOfTheSummaryThatMatched()
    {
        const string text = "We rolled out a voice-of-the-employee programme: pulse surveys and an anonymous idea box for agents.";

        var result = await Rank(text, "ru-cca");

        var evidence = result.Results[0].Evidence.Where(e => e.Start >= 0).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.Matched, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public async Task TheBestContactCentreNamesTheSubcategoriesASummaryStates()
    {
        var result = await Rank("Наш контакт-центр телеком-оператора на 80 рабочих мест обслуживает абонентов по телефону и в чате.", "ru-cca", 47);

        var best = result.Results.Single(r => r.Category.Id == "ru-cca:72");
        Assert.Contains(best.Subcategory, s => s.Dimension == "size" && s.Seats!.Contains(80));
        Assert.Contains(best.Subcategory, s => s.Dimension == "sector" && s.Concepts.Contains("telecom"));
    }

    // Each score is that candidate's own probability; the list is ordered by similarity (re-ranking by
    // confidence is off), so scores need not fall down it: the voice bot's 2nd to 4th read 0.007, 0.017, 0.044.
    [Fact]
    public async Task EveryScoreIsAProbabilityAndTheResultsConfidenceIsTheFirstOnes()
    {
        var result = await Rank("Our contact centre's agents now work from home three days a week with flexible shifts chosen in an app.", "ru-cca", 10);

        Assert.Equal(10, result.Results.Count);
        Assert.All(result.Results, r => Assert.InRange(r.Score, 0, 1));
        Assert.Equal(result.Results[0].Score, result.Confidence);
    }
}
