using CategoryMatch.Core.Examples;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Api;

/// <summary>The entrant-facing answer says where similar past entries were filed, never what they said or their ids.</summary>
public sealed class SimilarExamplesApiTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AnOrganisersExamplesThatDecideAppearAsCategorySimilarityAndSourceOnly()
    {
        const string text = "Our contact centre voice bot answers every incoming call and resolves nearly half of them on its own.";
        var first = (await AskAsync(text)).Results[0].GetProperty("categoryId").GetString()!;
        var examples = _api.Services.GetRequiredService<InMemoryExampleIndex>();
        // The organiser's past entries, confidential: filed where the ranking already puts the text.
        examples.Upsert(Enumerable.Range(1, 4).Select(i => new LabelledExample($"acme-2025-{i:000}", "ru-cca", first,
            $"Confidential entry {i} of Acme Telecom: {text}", "en", ExampleSource.Organiser)));

        var (raw, results) = await AskAsync(text);

        Assert.DoesNotContain("acme-2025", raw);
        Assert.DoesNotContain("Acme", raw);
        Assert.Equal(first, results[0].GetProperty("categoryId").GetString());
        var similar = results[0].GetProperty("similarExamples").EnumerateArray().ToList();
        Assert.Equal(4, similar.Count(e => e.GetProperty("source").GetString() == "organiser" && e.GetProperty("categoryId").GetString() == first));
        Assert.All(similar, e => Assert.Equal(["categoryId", "similarity", "source"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("similarExamples").ValueKind);
    }

    private async Task<(string Raw, List<JsonElement> Results)> AskAsync(string text)
    {
        using var response = await _api.CreateClient().PostAsJsonAsync("/api/recommendations", new { text, program = "ru-cca", top = 5 });
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        return (raw, [.. JsonDocument.Parse(raw).RootElement.GetProperty("results").EnumerateArray()]);
    }
}
