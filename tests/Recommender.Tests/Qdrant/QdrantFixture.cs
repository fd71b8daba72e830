using CategoryMatch.Core;
using CategoryMatch.Core.Qdrant;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// One real Qdrant server for every test of the <see cref="QdrantCollection"/>: started once,
/// wiped before each test (so no test depends on another), stopped by PID at the end.
/// </summary>
public sealed class QdrantFixture : IAsyncLifetime
{
    private QdrantServer? _server;

    /// <summary>The running server.</summary>
    public QdrantServer Server => _server ?? throw new InvalidOperationException("Qdrant has not started.");

    /// <summary>The server's REST URL, which is all the product needs to be told.</summary>
    public string Url => Server.Url;

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await QdrantServer.StartAsync();

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Services wired as the product wires them (options, gRPC channel, Qdrant.Client, resilience pipeline,
    /// connection, writer), pointing at this server unless <paramref name="settings"/> says otherwise;
    /// <paramref name="interceptor"/>, if given, sits on the channel.
    /// </summary>
    public ServiceProvider CreateServices(IDictionary<string, string?>? settings = null, Interceptor? interceptor = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = Url,
            // Generous for writes on a busy 2-core machine; the API tests keep the product's defaults.
            ["Qdrant:AttemptTimeout"] = "00:00:10",
            ["Qdrant:TotalTimeout"] = "00:00:20",
            ["Qdrant:BatchSize"] = "16",
            // A killed run's lock is taken over after this long: short, so the tests that leave one stay quick.
            ["Qdrant:LockLease"] = "00:00:03",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQdrantClient(configuration);
        if (interceptor is not null) services.AddKeyedSingleton(QdrantConnection.PipelineName, interceptor);
        services.AddCategoryIndexWriter();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Makes sure the server runs and holds no collection (and so no alias).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await Server.StartAgainAsync(cancellationToken);
        await using var services = CreateServices();
        var qdrant = services.GetRequiredService<QdrantConnection>();
        foreach (var collection in await qdrant.CallAsync("list collections", (c, ct) => c.ListCollectionsAsync(ct), cancellationToken))
            await qdrant.CallAsync("delete", (c, ct) => c.DeleteCollectionAsync(collection, cancellationToken: ct), cancellationToken);
    }

    /// <summary>
    /// The product's Qdrant category index over <paramref name="services"/> (from <see cref="CreateServices"/>), for
    /// <paramref name="model"/> (the repository's by default), checking the collection's catalog fingerprint as the API does.
    /// </summary>
    public static QdrantCategoryIndex CategoryIndex(IServiceProvider services, RecommenderModel? model = null)
    {
        model ??= Tests.Support.Models.Real;
        var connection = services.GetRequiredService<QdrantConnection>();
        var options = services.GetRequiredService<IOptions<QdrantOptions>>();
        return new QdrantCategoryIndex(model, connection, new IndexedCatalog(model, connection, options, NullLogger<IndexedCatalog>.Instance),
            options, NullLogger<QdrantCategoryIndex>.Instance);
    }

    /// <summary>A wiped server with the repository's catalog indexed, and services pointed at it.</summary>
    public async Task<ServiceProvider> IndexedCatalogAsync(CancellationToken cancellationToken = default)
    {
        await ResetAsync(cancellationToken);
        var services = CreateServices();
        await services.GetRequiredService<CategoryIndexWriter>().WriteAsync(Tests.Support.Models.Real, cancellationToken);
        return services;
    }
}
