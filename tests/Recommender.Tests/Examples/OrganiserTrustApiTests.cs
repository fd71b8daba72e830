using System.Text.Json;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// Through the real HTTP pipeline and an embedded database: a programme's trust in its organiser's examples is
/// estimated on them a moment after they are written, and shown to the organiser in the stats.
/// </summary>
public sealed class OrganiserTrustApiTests
{
    private const string Url = "/api/programs/lt-iba/examples";

    // Past entries of lt-iba as one season writer wrote them, under ids of the organiser's own.
    private static object PastEntries(int count) => new
    {
        examples = Corpora.Builtin.Examples.Where(e => e.Program == "lt-iba" && e.Season && e.InDomain).Take(count)
            .Select((e, i) => new { id = $"season-2025-{i:000}", categoryId = e.Expected[0], text = e.Text }).ToArray(),
    };

    [Fact]
    public async Task AfterAnOrganiserLoadsPastEntriesTheStatsShowTheTrustEstimatedOnThemAndADeletionEstimatesItAgain()
    {
        await using var api = new OrganiserApiFactory(settings: new Dictionary<string, string?> { ["Examples:Trust:SettleSeconds"] = "0" });
        var (_, before) = await api.GetAsync($"{Url}/stats", OrganiserKeys.LtIba);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("trust").ValueKind);

        var (status, _) = await api.PostJsonAsync(Url, OrganiserKeys.LtIba, PastEntries(30));
        var trust = await TrustOnceEstimatedOnAsync(api, cases: 30);
        await api.SendAsync(HttpMethod.Delete, $"{Url}/season-2025-000", OrganiserKeys.LtIba);
        var again = await TrustOnceEstimatedOnAsync(api, cases: 29);

        Assert.Equal(200, status);
        Assert.InRange(trust.GetProperty("trust").GetSingle(), 0, 16);
        Assert.InRange(trust.GetProperty("rightAtTrust").GetInt32(), trust.GetProperty("rightAsTrained").GetInt32(), 30);
        Assert.Equal("lt-iba", again.GetProperty("program").GetString());
    }

    // The stats' trust once an estimate over `cases` past entries has completed (a few seconds at most).
    private static async Task<JsonElement> TrustOnceEstimatedOnAsync(OrganiserApiFactory api, int cases)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (_, stats) = await api.GetAsync($"{Url}/stats", OrganiserKeys.LtIba);
            var trust = stats.GetProperty("trust");
            if (trust.ValueKind == JsonValueKind.Object && trust.GetProperty("cases").GetInt32() == cases) return trust;
            Assert.True(DateTime.UtcNow < deadline, $"no estimate over {cases} past entries yet: {trust}");
            await Task.Delay(100);
        }
    }
}
