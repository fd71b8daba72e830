using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class QuantityTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("ru", "Нас представляет команда из 85 сотрудников.", 85)]
    [InlineData("en", "Our customer care team of 92 agents handles phone and chat.", 92)]
    [InlineData("en", "As a 25-person family business we know every customer.", 25)]
    [InlineData("tr", "160 kişilik ekibimiz 7/24 hizmet veriyor.", 160)]
    [InlineData("el", "Η ομάδα μας των 20 ατόμων απαντά σε κάθε κλήση.", 20)]
    [InlineData("lt", "Mūsų skyriuje dirba 45 žmonės.", 45)]
    [InlineData("ru", "Двенадцать экспертов оценивают звонки.", 12)]
    [InlineData("tr", "On iki kişi çağrıları değerlendiriyor.", 12)]
    [InlineData("lt", "Dvylika konsultantų atsako į laiškus.", 12)]
    [InlineData("ru", "В центре работает 1 140 операторов.", 1140)]
    [InlineData("tr", "Şirketimizde 12.000 çalışan var.", 12000)]
    [InlineData("ru", "Штат — от 50–100 сотрудников.", 100)]
    public void NumberBesideAPeopleNounIsAHeadcount(string language, string text, int expected)
    {
        var analysis = _analyzer.Analyze(text, language);

        Assert.Equal(expected, analysis.Headcount);
    }

    [Fact]
    public void SeatsAreCountedApartFromPeople()
    {
        var analysis = _analyzer.Analyze("Колл-центр на площадке до 100 рабочих мест.", "ru");

        Assert.Equal(100, analysis.Seats);
        Assert.Null(analysis.Headcount);
    }

    [Fact]
    public void MillionsOfContactsAreNotAHeadcount()
    {
        var analysis = _analyzer.Analyze("За год обработали 1,1 млн обращений.", "ru");

        Assert.Null(analysis.Headcount);
        Assert.Equal(1_100_000m, Assert.Single(analysis.Quantities).Value);
    }

    [Theory]
    [InlineData("ru", "FCR вырос до 81%.", 81)]
    [InlineData("tr", "Müşteri sadakati %14 arttı.", 14)]
    [InlineData("tr", "Memnuniyet yüzde 30 arttı.", 30)]
    [InlineData("en", "Conversion rose to 8.4 percent.", 8.4)]
    [InlineData("lt", "Kaita sumažėjo 35 %.", 35)]
    public void PercentagesAreRecognised(string language, string text, double expected)
    {
        var analysis = _analyzer.Analyze(text, language);

        var quantity = Assert.Single(analysis.Quantities);
        Assert.Equal(QuantityKind.Percent, quantity.Kind);
        Assert.Equal((decimal)expected, quantity.Value);
    }

    [Fact]
    public void PercentOfAgentsIsNotAHeadcount()
    {
        var analysis = _analyzer.Analyze("Already 70% agents use the new desktop.", "en");

        Assert.Null(analysis.Headcount);
    }

    [Fact]
    public void TheLargestHeadcountIsTheStatedSize()
    {
        var analysis = _analyzer.Analyze("Работают всего 38 человек, из них девять сотрудников ресепшена.", "ru");

        Assert.Equal(38, analysis.Headcount);
    }

    [Fact]
    public void AYearBeforeAPeopleWordIsNotAHeadcount()
    {
        var analysis = _analyzer.Analyze("Since February 2024 every agent sees the offer.", "en");

        Assert.Null(analysis.Headcount);
    }

    [Fact]
    public void QuantityOffsetsPointAtTheNumber()
    {
        const string text = "Команда из 85 сотрудников.";

        var quantity = Assert.Single(_analyzer.Analyze(text, "ru").Quantities);

        Assert.Equal("85", text.Substring(quantity.Start, quantity.Length));
    }
}
