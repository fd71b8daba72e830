using CategoryMatch.Core;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>Registers where labelled examples are kept: Qdrant when <c>Qdrant:Url</c> is set, else the embedded SQLite file.</summary>
public static class ExampleStoreExtensions
{
    /// <summary>
    /// Adds <see cref="ExampleStoreOptions"/> and the <see cref="IExampleStore"/>: with Qdrant configured,
    /// <see cref="QdrantExampleStore"/> (the vote reading organisers' examples from it: <see cref="SharedExampleNeighbours"/>); else an embedded SQLite file at
    /// <c>Examples:Database</c> (relative to the content root) seeded with the builtin corpus of
    /// <c>data/examples</c>, telling every registered <see cref="IExampleSink"/> of its writes; and a start-up
    /// step that opens the store and loads every example into those sinks before the first request.
    /// </summary>
    public static IHostApplicationBuilder AddExampleStore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ExampleStoreOptions>().BindConfiguration(ExampleStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var qdrant = builder.Configuration.GetSection(QdrantOptions.Section).Get<QdrantOptions>() is { IsConfigured: true };
        // Each programme's trust in its organiser's examples follows their writes (with Qdrant, also on a timer: other
        // processes write there too). Registered before the embedded store, which tells its sinks of every write.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OrganiserTrustRefresher>(sp, qdrant));
        services.AddSingleton<IExampleSink>(sp => sp.GetRequiredService<OrganiserTrustRefresher>());
        if (qdrant)
        {
            // The builtin examples are written by the indexer (behind their alias); organisers' go to their own collection.
            // The vote reads the builtin corpus of data/examples from memory (as the model was trained with) and the
            // organisers' examples from Qdrant at every lookup (batched for audits and batches), so an example written
            // through any API process is used by the next request of every one.
            services.AddSingleton<QdrantExampleStore>();
            services.AddSingleton<IExampleStore>(sp => sp.GetRequiredService<QdrantExampleStore>());
            services.AddSingleton<IExampleNeighbours>(sp => new SharedExampleNeighbours(
                sp.GetRequiredService<InMemoryExampleIndex>(), sp.GetRequiredService<QdrantExampleStore>()));
            services.AddHostedService(sp => sp.GetRequiredService<OrganiserTrustRefresher>());
            return builder;
        }
        // Embedded: the SQLite file holds the builtin corpus and organisers' examples with their vectors; the in-memory
        // index the vote reads starts empty and is filled from it at start, then told of every durable write.
        services.AddSingleton(sp => new InMemoryExampleIndex(sp.GetRequiredService<RecommenderModel>()));
        services.AddSingleton<IExampleSink>(sp => sp.GetRequiredService<InMemoryExampleIndex>());
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton<IExampleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExampleStoreOptions>>().Value;
            var model = sp.GetRequiredService<RecommenderModel>();
            var data = RecommenderModel.LocateDataDirectory(sp.GetRequiredService<IOptions<RecommenderOptions>>().Value.DataDirectory, AppContext.BaseDirectory);
            var builtin = BuiltinExamples.Read(Path.Combine(data, "examples"), model.Catalog);
            // Each example is encoded once, when written, and its vector kept in the file: a start reads vectors.
            return SqliteExampleStore.Open(Path.Combine(contentRoot, options.Database), builtin, sp.GetServices<IExampleSink>(),
                ExampleEncoding.Of(model, data));
        });
        services.AddHostedService<ExampleIndexLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<OrganiserTrustRefresher>());
        return builder;
    }
}
