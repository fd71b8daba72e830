using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// An example acknowledged with a 2xx survives the API being killed with SIGKILL right after the answer. It starts two
/// API processes, so it runs in the Qdrant collection, one after the timing-sensitive Qdrant tests, rather than beside them.
/// </summary>
[Collection(Qdrant.QdrantCollection.Name)]
public sealed class DurabilityTests
{
    [Fact]
    public async Task AnExampleAcknowledgedBeforeASigkillIsStillThereAfterARestartOnTheSameDatabase()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("categorymatch-durable-").FullName, "examples.db");
        var settings = new Dictionary<string, string?>(OrganiserKeys.Settings()) { ["Examples:Database"] = database };
        var ids = Enumerable.Range(0, 50).Select(i => $"durable-{i}").ToList();

        using (var api = await ApiProcess.StartAsync(settings))
        {
            using var http = Client(api);
            using var response = await http.PostAsJsonAsync("/api/programs/ru-cca/examples", new
            {
                examples = ids.Select(id => new { id, categoryId = "ru-cca:13", text = $"Голосовой бот с генеративным ИИ, запись {id}." }).ToArray(),
            });
            Assert.True(response.IsSuccessStatusCode, api.Output());
            api.Kill();   // at once after the 2xx: nothing gets a chance to flush on shutdown
        }

        using (var restarted = await ApiProcess.StartAsync(settings))
        {
            using var http = Client(restarted);
            var list = await http.GetFromJsonAsync<JsonElement>("/api/programs/ru-cca/examples?source=organiser&pageSize=1000");
            Assert.Equal(ids, list.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)
                .OrderBy(id => int.Parse(id["durable-".Length..], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static HttpClient Client(ApiProcess api)
    {
        var http = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OrganiserKeys.RuCca);
        return http;
    }
}
