using CategoryMatch.Core;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Neural;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>Fuses a neural sentence embedder into ranking when the user brings a model (<c>Neural:ModelPath</c>).</summary>
public static class NeuralRankingExtensions
{
    /// <summary>
    /// Without <c>Neural:ModelPath</c> this does nothing, and ranking is exactly the built-in one. With it:
    /// the model and tokenizer files are checked at start, <see cref="OnnxEmbeddingGenerator"/> is loaded,
    /// every category is embedded once (<see cref="CategoryNeuralVectors"/>, before the first request), and
    /// the <see cref="ICategoryIndex"/> registered so far (embedded or Qdrant) is wrapped in a
    /// <see cref="NeuralCategoryIndex"/> weighted by <see cref="NeuralOptions.FusionWeight"/>.
    /// Call it after the index is registered.
    /// </summary>
    public static IHostApplicationBuilder AddNeuralRanking(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{NeuralOptions.Section}:{nameof(NeuralOptions.ModelPath)}"])) return builder;

        var services = builder.Services;
        services.AddNeuralEmbedder();
        // The generator's work is synchronous (one ONNX Runtime run per batch), so waiting here cannot deadlock.
        services.AddSingleton(sp => CategoryNeuralVectors.BuildAsync(
            sp.GetRequiredService<RecommenderModel>(), sp.GetRequiredService<OnnxEmbeddingGenerator>()).GetAwaiter().GetResult());

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(ICategoryIndex) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"Register an {nameof(ICategoryIndex)} before calling {nameof(AddNeuralRanking)}.");
        services.Remove(inner);
        services.AddSingleton<ICategoryIndex>(sp => new NeuralCategoryIndex(
            Resolve(sp, inner), sp.GetRequiredService<OnnxEmbeddingGenerator>(), sp.GetRequiredService<CategoryNeuralVectors>(),
            sp.GetRequiredService<IOptions<NeuralOptions>>().Value.FusionWeight));
        services.AddHostedService<NeuralWarmup>();
        return builder;
    }

    private static ICategoryIndex Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ICategoryIndex)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
