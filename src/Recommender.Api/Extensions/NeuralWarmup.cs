using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Api.Extensions;

/// <summary>Loads the neural model and embeds every category at start-up, so a broken model stops start-up and the first request is not slow.</summary>
internal sealed class NeuralWarmup(IServiceProvider services, ILogger<NeuralWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var vectors = services.GetRequiredService<CategoryNeuralVectors>();
        logger.LogInformation("Embedded {Categories} categories with the neural model {Model} ({Dimensions} dimensions).",
            vectors.Count, vectors.ModelId, vectors.Dimensions);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
