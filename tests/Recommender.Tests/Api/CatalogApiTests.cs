namespace CategoryMatch.Tests.Api;

public sealed class CatalogApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HealthAnswersOk()
    {
        using var response = await api.CreateClient().GetAsync("/health");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task ProgrammesAreListedWithLanguageAndCategoryCount()
    {
        using var response = await api.CreateClient().GetAsync("/api/programs");
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var counts = body.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("categoryCount").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["gr-csa"] = 6, ["lt-iba"] = 7, ["ru-cca"] = 47, ["tr-cca"] = 1 }, counts);
        Assert.All(body.EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("name").GetString())));
        Assert.Equal("ru", body.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "ru-cca").GetProperty("language").GetString());
    }

    [Fact]
    public async Task CategoriesOfAProgrammeCarryIdCodeAndBothTitles()
    {
        using var response = await api.CreateClient().GetAsync("/api/programs/lt-iba/categories");
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(7, body.GetArrayLength());
        var e02 = body.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "lt-iba:E02");
        Assert.Equal("E02", e02.GetProperty("code").GetString());
        Assert.StartsWith("Geriausias technologijų panaudojimas", e02.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(e02.GetProperty("titleEn").GetString()));
    }

    [Fact]
    public async Task CategoriesOfAnUnknownProgrammeAre404ProblemDetails()
    {
        using var response = await api.CreateClient().GetAsync("/api/programs/nope/categories");
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("nope", body.GetProperty("detail").GetString());
    }
}
