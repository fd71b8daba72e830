using System.Net.Http.Json;
using System.Text.Json;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Neural;

/// <summary>The API with a neural model configured: wired at start, fused into ranking, and a missing file stops start-up.</summary>
public sealed class NeuralApiTests : IDisposable
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";
    private readonly TinyBertModel _tiny = CatalogTinyModel.Write(Models.Real);

    public void Dispose() => _tiny.Dispose();

    [Fact]
    public async Task WithAModelConfiguredTheApiRanksThroughTheNeuralIndex()
    {
        await using var api = new NeuralApiFactory(_tiny.ModelPath, _tiny.VocabularyPath, fusionWeight: "0.3");

        using var response = await api.CreateClient().PostAsJsonAsync("/api/recommendations", new { text = VoiceBot, program = "ru-cca", top = 3 });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.IsType<NeuralCategoryIndex>(api.Services.GetRequiredService<ICategoryIndex>());
        Assert.Equal(3, body.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void AMissingModelFileStopsStartUpNamingThePath()
    {
        using var api = new NeuralApiFactory(Path.Combine(_tiny.Directory, "nowhere.onnx"), _tiny.VocabularyPath, fusionWeight: "0.3");

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("nowhere.onnx", error.ToString());
    }

    private sealed class NeuralApiFactory(string model, string vocabulary, string fusionWeight) : WebApplicationFactory<Program>
    {
        // UseSetting, not ConfigureAppConfiguration: AddRecommender reads Neural:ModelPath while the app is being built.
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseSetting("Neural:ModelPath", model)
            .UseSetting("Neural:TokenizerPath", vocabulary)
            .UseSetting("Neural:TokenizerKind", "WordPiece")
            .UseSetting("Neural:FusionWeight", fusionWeight);
    }
}
