using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using CategoryMatch.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// The real API pipeline in memory with the organiser keys of <see cref="OrganiserKeys"/> and an example database
/// of its own: <paramref name="database"/> when it names one (used as it is, created at start when missing), else a
/// temporary file as the API's first start leaves it (<see cref="HermeticExampleDatabase.CopySeededTo"/>);
/// <paramref name="settings"/> adds to them.
/// </summary>
public sealed class OrganiserApiFactory(string? database = null, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>The example database file.</summary>
    public string Database { get; } = database ?? SeededTemporaryDatabase();

    private static string SeededTemporaryDatabase()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("categorymatch-organiser-").FullName, "examples.db");
        HermeticExampleDatabase.CopySeededTo(path);
        return path;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Examples:Database", Database);
        foreach (var (key, value) in OrganiserKeys.Settings()) builder.UseSetting(key, value);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        // The model the run loaded once, from the same data folder with the same defaults (it is immutable and shared
        // by every request, as in one API process): loading it again would be most of each test's second. A host
        // whose settings change how the model is loaded loads its own.
        if (settings?.Keys.Any(k => ModelSettings.Any(section => k.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))) != true)
            builder.ConfigureTestServices(services => services.AddSingleton(Models.Real));
    }

    private static readonly string[] ModelSettings = ["Recommender", "Ranking", "CacheBudget"];

    /// <summary>Sends <paramref name="method"/> to <paramref name="url"/> with <paramref name="key"/> as bearer (none when null) and an optional body.</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string url, string? key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Posts JSON with a key.</summary>
    public Task<(int Status, JsonElement Body)> PostJsonAsync(string url, string? key, object body) =>
        SendAsync(HttpMethod.Post, url, key, JsonContent(body));

    /// <summary>Posts CSV text with a key.</summary>
    public Task<(int Status, JsonElement Body)> PostCsvAsync(string url, string? key, string csv) =>
        SendAsync(HttpMethod.Post, url, key, new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

    /// <summary>Gets with a key.</summary>
    public Task<(int Status, JsonElement Body)> GetAsync(string url, string? key) => SendAsync(HttpMethod.Get, url, key);

    /// <summary>JSON content of <paramref name="body"/>.</summary>
    public static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
