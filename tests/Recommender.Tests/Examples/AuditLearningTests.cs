namespace CategoryMatch.Tests.Examples;

public sealed class AuditLearningTests
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";
    private const string Omnichannel = "Свели голос, WhatsApp, Telegram и email в одну карточку клиента: оператор видит всю историю обращений.";

    private static object Entries(string? finalForFirst = "ru-cca:13") => new
    {
        entries = new object[]
        {
            new { id = "a", text = VoiceBot, program = "ru-cca", filedCategory = "ru-cca:14", finalCategory = finalForFirst },
            new { id = "b", text = Omnichannel, program = "ru-cca", filedCategory = "ru-cca:32" },
            new { id = "c", text = Omnichannel + " Второй проект.", program = "ru-cca", filedCategory = "ru-cca:32", finalCategory = "ru-cca:999" },
        },
    };

    [Fact]
    public async Task AuditingWithLearnAndAKeyStoresTheEntriesThatCarryAFinalCategory()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.PostJsonAsync("/api/audit?learn=true", OrganiserKeys.RuCca, Entries());

        Assert.Equal(200, status);
        Assert.Equal(3, body.GetProperty("results").GetArrayLength());
        var learned = body.GetProperty("learned");
        Assert.Equal(1, learned.GetProperty("added").GetInt32());
        var error = Assert.Single(learned.GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "categoryId"), (error.GetProperty("index").GetInt32(), error.GetProperty("field").GetString()));
        var (_, list) = await api.GetAsync("/api/programs/ru-cca/examples?source=organiser", OrganiserKeys.RuCca);
        var stored = Assert.Single(list.GetProperty("examples").EnumerateArray());
        Assert.Equal(("a", "ru-cca:13", VoiceBot), (stored.GetProperty("id").GetString(), stored.GetProperty("categoryId").GetString(), stored.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AuditingWithLearnButNoKeyAnswers401AndStoresNothing()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.PostJsonAsync("/api/audit?learn=true", key: null, Entries());

        Assert.Equal(401, status);
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        var (_, stats) = await api.GetAsync("/api/programs/ru-cca/examples/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task AuditingWithLearnAndAnotherProgrammesKeyAnswers403NamingTheProgramme()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.PostJsonAsync("/api/audit?learn=true", OrganiserKeys.LtIba, Entries());

        Assert.Equal(403, status);
        Assert.Contains("ru-cca", body.GetProperty("detail").GetString());
        var (_, stats) = await api.GetAsync("/api/programs/ru-cca/examples/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task AuditingWithoutLearnStaysOpenAndStoresNothing()
    {
        await using var api = new OrganiserApiFactory();

        var (status, body) = await api.PostJsonAsync("/api/audit", key: null, Entries());

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("learned", out var learned) && learned.ValueKind != System.Text.Json.JsonValueKind.Null);
        var (_, stats) = await api.GetAsync("/api/programs/ru-cca/examples/stats", OrganiserKeys.RuCca);
        Assert.Equal(0, stats.GetProperty("organiser").GetInt32());
    }

    [Fact]
    public async Task AuditingACsvWithLearnStoresTheRowsThatCarryAFinalCategoryAndReportsBadOnesByLine()
    {
        await using var api = new OrganiserApiFactory();
        var csv = "id,program,filedCategory,text,finalCategory\n" +
                  $"a,ru-cca,ru-cca:14,\"{VoiceBot}\",ru-cca:13\n" +
                  $"b,ru-cca,ru-cca:32,\"{Omnichannel}\",\n" +
                  $"c,ru-cca,ru-cca:32,\"{Omnichannel} Второй проект.\",ru-cca:999\n";

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/audit?learn=true", OrganiserKeys.RuCca,
            new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(200, status);
        Assert.Equal(3, body.GetProperty("results").GetArrayLength());
        var learned = body.GetProperty("learned");
        Assert.Equal(1, learned.GetProperty("added").GetInt32());
        var error = Assert.Single(learned.GetProperty("errors").EnumerateArray());
        Assert.Equal((4, "categoryId"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        var (_, list) = await api.GetAsync("/api/programs/ru-cca/examples?source=organiser", OrganiserKeys.RuCca);
        var stored = Assert.Single(list.GetProperty("examples").EnumerateArray());
        Assert.Equal(("a", "ru-cca:13"), (stored.GetProperty("id").GetString(), stored.GetProperty("categoryId").GetString()));
    }

    [Fact]
    public async Task ALearningAuditDrawsOnTheKeysWriteWindowLikeAnUploadAndStoresNothingBeyondIt()
    {
        await using var api = new OrganiserApiFactory(settings: new Dictionary<string, string?> { ["Organisers:WritesPerWindow"] = "1", ["Organisers:WriteWindow"] = "00:10:00" });
        await api.PostJsonAsync("/api/programs/ru-cca/examples", OrganiserKeys.RuCca,
            new { examples = new[] { new { id = "first", categoryId = "ru-cca:32", text = Omnichannel } } });

        var (status, body) = await api.PostJsonAsync("/api/audit?learn=true", OrganiserKeys.RuCca, Entries());
        var (plain, _) = await api.PostJsonAsync("/api/audit", key: null, Entries());

        Assert.Equal((429, 429), (status, body.GetProperty("status").GetInt32()));
        Assert.Equal(200, plain);   // auditing without learning writes nothing and stays open
        var (_, stats) = await api.GetAsync("/api/programs/ru-cca/examples/stats", OrganiserKeys.RuCca);
        Assert.Equal(1, stats.GetProperty("organiser").GetInt32());
    }
}
