using System.Diagnostics;
using System.Net;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The REST client against the real server.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantClientTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private static readonly CollectionSchema Schema = new(new Dictionary<string, int> { ["concepts"] = 3 }, ["terms"]);
    private ServiceProvider _services = null!;
    private IQdrantClient _client = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _client = _services.GetRequiredService<IQdrantClient>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 30_000)]
    public async Task ACollectionWithNamedDenseAndSparseVectorsAnswersDenseSparseAndHybridQueries()
    {
        await _client.CreateCollectionAsync("things", Schema);
        await _client.CreateKeywordIndexAsync("things", "program");
        await _client.UpsertAsync("things", SamplePoints(), batchSize: 2);

        var dense = await _client.QueryAsync("things", Query(dense: [1, 0, 0], payload: ["name"]));
        var sparse = await _client.QueryAsync("things", Query(sparse: new SparseVector([7], [1f]), payload: ["name"]));
        var hybrid = await _client.QueryAsync("things", Query(dense: [0, 1, 0], sparse: new SparseVector([7], [1f]), program: "b", payload: ["name", "program"]));

        Assert.Equal("alpha", dense[0].Payload["name"]);
        Assert.Equal(3, dense.Count);
        Assert.Equal(["beta"], sparse.Select(p => p.Payload["name"]));
        Assert.All(hybrid, p => Assert.Equal("b", p.Payload["program"]));
        Assert.Equal(["beta", "gamma"], hybrid.Select(p => p.Payload["name"]).Order());
        Assert.Equal(PointId.FromKey("beta"), hybrid[0].Id);
        Assert.Equal(3, await _client.CountAsync("things"));
    }

    [Fact(Timeout = 30_000)]
    public async Task UpsertingTheSamePointIdsAgainOverwritesInsteadOfAdding()
    {
        await _client.CreateCollectionAsync("things", Schema);

        await _client.UpsertAsync("things", SamplePoints());
        await _client.UpsertAsync("things", SamplePoints());

        Assert.Equal(3, await _client.CountAsync("things"));
    }

    [Fact(Timeout = 30_000)]
    public async Task SwitchingAnAliasMovesItToTheNewCollectionInOneRequest()
    {
        await _client.CreateCollectionAsync("things-v1", Schema);
        await _client.CreateCollectionAsync("things-v2", Schema);
        await _client.UpsertAsync("things-v2", SamplePoints());
        await _client.SwitchAliasAsync("things", "things-v1");

        await _client.SwitchAliasAsync("things", "things-v2");

        var aliases = await _client.ListAliasesAsync();
        Assert.Equal([new CollectionAlias("things", "things-v2")], aliases);
        Assert.Equal(3, await _client.CountAsync("things"));
        Assert.Equal(["things-v1", "things-v2"], (await _client.ListCollectionsAsync()).Order());
    }

    [Fact(Timeout = 30_000)]
    public async Task ASnapshotIsCreatedAndListed()
    {
        await _client.CreateCollectionAsync("things", Schema);
        await _client.UpsertAsync("things", SamplePoints());

        var snapshot = await _client.CreateSnapshotAsync("things");

        Assert.EndsWith(".snapshot", snapshot.Name);
        Assert.True(snapshot.Size > 0);
        Assert.Contains(await _client.ListSnapshotsAsync("things"), s => s.Name == snapshot.Name);
    }

    [Fact(Timeout = 30_000)]
    public async Task DeletingACollectionRemovesItAndItsAlias()
    {
        await _client.CreateCollectionAsync("things-v1", Schema);
        await _client.SwitchAliasAsync("things", "things-v1");

        await _client.DeleteCollectionAsync("things-v1");
        await _client.DeleteCollectionAsync("never-existed");

        Assert.Empty(await _client.ListCollectionsAsync());
        Assert.Empty(await _client.ListAliasesAsync());
    }

    [Fact(Timeout = 30_000)]
    public async Task AQueryOnAMissingCollectionIsRejectedWithQdrantsMessage()
    {
        var error = await Assert.ThrowsAsync<QdrantException>(() => _client.QueryAsync("missing", Query(dense: [1, 0, 0])));

        Assert.Equal(QdrantFailure.Rejected, error.Failure);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("missing", error.Message);
        Assert.Contains("doesn't exist", error.Message);
        Assert.False(error.IsUnavailable);
    }

    [Fact(Timeout = 30_000)]
    public async Task AServerThatIsNotListeningIsReportedUnreachableQuickly()
    {
        await using var services = qdrant.CreateServices(new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Qdrant:AttemptTimeout"] = "00:00:01",
            ["Qdrant:TotalTimeout"] = "00:00:01.500",
        });
        var client = services.GetRequiredService<IQdrantClient>();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<QdrantException>(() => client.CountAsync("things"));

        Assert.Equal(QdrantFailure.Unreachable, error.Failure);
        Assert.True(error.IsUnavailable);
        Assert.Contains("unreachable", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.False(await client.IsReadyAsync());
    }

    private static List<QdrantPoint> SamplePoints() =>
    [
        Point("alpha", "a", [1, 0, 0], new SparseVector([1, 2], [0.6f, 0.8f])),
        Point("beta", "b", [0, 1, 0], new SparseVector([7], [1f])),
        Point("gamma", "b", [0, 0.9f, 0.1f], SparseVector.Empty),
    ];

    private static QdrantPoint Point(string name, string program, float[] dense, SparseVector sparse) => new(
        PointId.FromKey(name),
        new Dictionary<string, float[]> { ["concepts"] = dense },
        new Dictionary<string, SparseVector> { ["terms"] = sparse },
        new Dictionary<string, string> { ["name"] = name, ["program"] = program });

    private static HybridQuery Query(float[]? dense = null, SparseVector? sparse = null, string? program = null, IReadOnlyList<string>? payload = null) => new(
        dense is null ? new Dictionary<string, float[]>() : new Dictionary<string, float[]> { ["concepts"] = dense },
        sparse is null ? new Dictionary<string, SparseVector>() : new Dictionary<string, SparseVector> { ["terms"] = sparse },
        Limit: 10,
        MustMatch: program is null ? null : new Dictionary<string, string> { ["program"] = program },
        PayloadFields: payload);

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
