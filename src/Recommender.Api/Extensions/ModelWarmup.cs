using CategoryMatch.Core;
using CategoryMatch.Core.Examples;

namespace CategoryMatch.Api.Extensions;

/// <summary>Resolves the model at start-up: data/ is loaded and validated before the API answers.</summary>
internal sealed class ModelWarmup(IServiceProvider services, ILogger<ModelWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var model = services.GetRequiredService<RecommenderModel>();
        logger.LogInformation("Loaded {Programmes} programmes, {Categories} categories and {Concepts} concepts.",
            model.Catalog.Programmes.Count, model.Catalog.Categories.Count, model.Lexicon.Concepts.Count);
        // Loading parses YAML and compiles the lexicon: ~30 MB of garbage the heap would otherwise
        // keep committed for the life of the process. Give it back before the first request.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
