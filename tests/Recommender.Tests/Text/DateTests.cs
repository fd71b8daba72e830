using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

public sealed class DateTests
{
    private readonly TextAnalyzer _analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("lt", "2024 m. kovo mėn. atidarėme naują centrą.", 2024, 3, null)]
    [InlineData("ru", "Центр работает с 1 июля 2023 года.", 2023, 7, 1)]
    [InlineData("en", "Since January 2024 every call is scored.", 2024, 1, null)]
    [InlineData("en", "We went live on March 15, 2024.", 2024, 3, 15)]
    [InlineData("el", "Από τον Ιούλιο του 2023 λειτουργεί το νέο κέντρο.", 2023, 7, null)]
    [InlineData("el", "Ξεκινήσαμε τον Ιουλίου 2023.", 2023, 7, null)]
    [InlineData("tr", "Mart 2024'te yeni sistemi devreye aldık.", 2024, 3, null)]
    [InlineData("ru", "В 2024-м мы открыли центр.", 2024, null, null)]
    [InlineData("ru", "В 2024 году мы открыли центр.", 2024, null, null)]
    [InlineData("tr", "2024'te ekibimiz büyüdü.", 2024, null, null)]
    [InlineData("en", "The pilot started on 2024-03-15.", 2024, 3, 15)]
    [InlineData("ru", "Запуск состоялся 15.03.2024.", 2024, 3, 15)]
    public void DatesAreReadInEachLanguagesOrder(string language, string text, int year, int? month, int? day)
    {
        var analysis = _analyzer.Analyze(text, language);

        var date = Assert.Single(analysis.Dates);
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Fact]
    public void AYearIsADateNotAQuantity()
    {
        var analysis = _analyzer.Analyze("In 2024 we cut repeat contacts by 23%.", "en");

        Assert.Equal(2024, Assert.Single(analysis.Dates).Year);
        Assert.DoesNotContain(analysis.Quantities, q => q.Value == 2024);
    }

    [Fact]
    public void ACountOfPeopleIsNotAYear()
    {
        var analysis = _analyzer.Analyze("В компании 2050 сотрудников.", "ru");

        Assert.Empty(analysis.Dates);
        Assert.Equal(2050, analysis.Headcount);
    }
}
