using System.Net.Http.Json;
using System.Text.Json;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>What the Qdrant API tests send and read: JSON in, status and parsed body out, and the health report's <c>qdrant</c> check.</summary>
public static class QdrantApiCalls
{
    /// <summary>Posts <paramref name="body"/> as JSON; the status and the parsed answer.</summary>
    public static async Task<(int Status, JsonElement Body)> PostAsync(this HttpClient http, string url, object body)
    {
        using var response = await http.PostAsJsonAsync(url, body);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Gets <paramref name="url"/>; the status and the parsed answer.</summary>
    public static async Task<(int Status, JsonElement Body)> GetJsonAsync(this HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>The <c>qdrant</c> check of a <c>/health</c> answer (there is none with the embedded index).</summary>
    public static JsonElement QdrantCheck(JsonElement health) =>
        Assert.Single(health.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "qdrant");

    /// <summary>
    /// Asserts that the API behind <paramref name="http"/> answers from <paramref name="server"/>, healthy: not from
    /// the embedded index, nor from another test's Qdrant. A test that faults Qdrant checks this first, so that a 503
    /// it then sees is the fault's doing.
    /// </summary>
    public static async Task AssertRunsOnAsync(this HttpClient http, QdrantServer server)
    {
        var (status, health) = await http.GetJsonAsync("/health");
        var check = QdrantCheck(health);
        Assert.True(status == 200, health.ToString());
        Assert.Equal("healthy", check.GetProperty("status").GetString());
        Assert.Equal($"{server.GrpcUrl}/", check.GetProperty("data").GetProperty("server").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
