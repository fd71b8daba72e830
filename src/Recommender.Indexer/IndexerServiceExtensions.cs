using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Neural;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CategoryMatch.Indexer;

/// <summary>Registers what the indexer needs: the Qdrant client, the writer and the run.</summary>
public static class IndexerServiceExtensions
{
    /// <summary>Short command-line switches for the two settings people pass by hand.</summary>
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--qdrant"] = $"{QdrantOptions.Section}:{nameof(QdrantOptions.Url)}",
        ["--qdrant-grpc"] = $"{QdrantOptions.Section}:{nameof(QdrantOptions.GrpcUrl)}",
        ["--data"] = IndexerRun.DataDirectoryKey,
    };

    /// <summary>Adds the command-line switches, the Qdrant client, the neural options, <see cref="CategoryIndexWriter"/>, <see cref="ExampleIndexWriter"/> and <see cref="IndexerRun"/>.</summary>
    public static IHostApplicationBuilder AddCategoryIndexer(this IHostApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, Switches);
        builder.Services.AddQdrantClient(builder.Configuration);
        builder.Services.AddNeuralEmbedder();
        builder.Services.AddCategoryIndexWriter();
        builder.Services.AddOptions<ExampleStoreOptions>().BindConfiguration(ExampleStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ExampleIndexWriter>();
        builder.Services.AddSingleton<IndexerRun>();
        return builder;
    }
}
