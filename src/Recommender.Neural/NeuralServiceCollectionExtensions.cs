using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Neural;

/// <summary>Registers the neural embedder's options and, lazily, the embedder.</summary>
public static class NeuralServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NeuralOptions"/> (section <c>Neural</c>, checked at start: ranges, and that a
    /// configured model and tokenizer exist) and <see cref="OnnxEmbeddingGenerator"/> as a singleton,
    /// loaded on first use. Hosts check <see cref="NeuralOptions.IsConfigured"/> before asking for it.
    /// </summary>
    public static IServiceCollection AddNeuralEmbedder(this IServiceCollection services)
    {
        services.AddOptions<NeuralOptions>().BindConfiguration(NeuralOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NeuralOptions>, NeuralOptionsValidator>());
        services.TryAddSingleton<OnnxEmbeddingGenerator>();
        return services;
    }
}
