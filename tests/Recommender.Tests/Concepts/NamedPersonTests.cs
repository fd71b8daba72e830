using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Concepts;

/// <summary>Given names (a <c>names: true</c> concept) count only where a full name is written.</summary>
public sealed class NamedPersonTests
{
    private static List<string> NamedPeople(string text, string language)
    {
        var model = Models.Real;
        var index = model.Lexicon.Find("named-person")!.Index;
        var analysis = model.Analyzer.Analyze(text, language);
        return model.Lexicon.Match(analysis).Where(m => m.ConceptIndex == index && m.Weight == 1f)
            .Select(m => text.Substring(m.Start, m.Length)).ToList();
    }

    [Theory]
    [InlineData("el", "Η Ελένη Παπαδοπούλου απαντά στους πελάτες της τράπεζας εδώ και εννέα χρόνια.", "Ελένη Παπαδοπούλου")]
    [InlineData("ru", "Оператор Ольга Смирнова за год ответила на 14 000 звонков.", "Ольга Смирнова")]
    [InlineData("lt", "Mūsų skyriaus vadovė Jurgita Kazlauskienė per metus sumažino skundų skaičių.", "Jurgita Kazlauskienė")]
    [InlineData("tr", "Müşteri temsilcimiz Zeynep Kaya'nın memnuniyet puanı yüzde 97.", "Zeynep Kaya'nın")]
    [InlineData("en", "For six years Claire Morgan has answered our customers' calls.", "Claire Morgan")]
    public void AGivenNameFollowedByASurnameIsANamedPerson(string language, string text, string name) =>
        Assert.Equal([name], NamedPeople(text, language));

    [Theory]
    [InlineData("lt", "Pertvarkėme karštąją liniją ir savitarnos svetainę.")]          // liniją shares Lina's stem
    [InlineData("ru", "Вера в продукт помогает операторам.")]                         // a name that is a word, opening a sentence
    [InlineData("el", "Η εταιρεία «Γη και Ήλιος» απαντά σε κάθε μήνυμα.")]            // Ήλιος is not Ηλίας, and no surname follows
    [InlineData("en", "We thank Grace, Mark and the whole team.")]                    // names in a list, not a full name
    public void AWordThatOnlyLooksLikeANameIsNot(string language, string text) =>
        Assert.Empty(NamedPeople(text, language));

    [Fact]
    public async Task AGreekPortraitOfOneNamedProfessionalRanksProfessionalOfTheYearFirst()
    {
        var text = "Η Κατερίνα Μαυρίδου εργάζεται εδώ και δεκατρία χρόνια στην εξυπηρέτηση πελατών μιας ασφαλιστικής εταιρείας. " +
                   "Κάθε εβδομάδα καταγράφει τις ερωτήσεις των πελατών και τις μοιράζεται με τους συναδέλφους της, " +
                   "ενώ φέτος ολοκλήρωσε σεμινάριο επικοινωνίας. Οι πελάτες που εξυπηρέτησε τη βαθμολόγησαν με 9,7 στα 10.";

        var result = await Models.Recommender().RecommendAsync(new RecommendationRequest(text, "gr-csa", 3));

        Assert.Equal("gr-csa:5", result.Results[0].Category.Id);
        Assert.Contains(result.Results[0].Evidence, e => e.Label == "named-person" && e.Matched == "Κατερίνα Μαυρίδου");
    }
}
