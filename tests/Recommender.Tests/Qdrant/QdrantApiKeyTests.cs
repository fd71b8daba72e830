using CategoryMatch.Core.Qdrant;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>A real server of its own that asks for an API key: <c>Qdrant:ApiKey</c> reaches it on every call.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantApiKeyTests : IAsyncLifetime
{
    private const string Key = "categorymatch-test-key";
    private QdrantServer _server = null!;

    public async Task InitializeAsync() => _server = await QdrantServer.StartAsync(apiKey: Key);

    public Task DisposeAsync()
    {
        _server.Dispose();
        return Task.CompletedTask;
    }

    [Fact(Timeout = 30_000)]
    public async Task WithTheKeyCallsGoThroughAndWithoutItQdrantRefusesThem()
    {
        await using var withKey = Services(Key);
        await using var withoutKey = Services(null);

        var collections = await withKey.GetRequiredService<QdrantConnection>().CallAsync("list collections", (c, ct) => c.ListCollectionsAsync(ct));
        var error = await Assert.ThrowsAsync<QdrantCallException>(() =>
            withoutKey.GetRequiredService<QdrantConnection>().CallAsync("list collections", (c, ct) => c.ListCollectionsAsync(ct)));

        Assert.Empty(collections);
        Assert.Equal(QdrantFailure.Rejected, error.Failure);
        Assert.Contains(error.StatusCode, new StatusCode?[] { StatusCode.Unauthenticated, StatusCode.PermissionDenied });
    }

    private ServiceProvider Services(string? apiKey)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = _server.Url,
            ["Qdrant:ApiKey"] = apiKey,
            ["Qdrant:AttemptTimeout"] = "00:00:10",
            ["Qdrant:TotalTimeout"] = "00:00:20",
        }).Build();
        return new ServiceCollection().AddLogging().AddQdrantClient(configuration).BuildServiceProvider();
    }
}
