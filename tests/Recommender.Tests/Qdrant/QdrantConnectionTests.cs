using System.Diagnostics;
using System.Net;
using CategoryMatch.Core.Qdrant;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using SparseVector = CategoryMatch.Core.Encoding.SparseVector;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>Qdrant.Client as the product wires it (channel, deadline, resilience pipeline, failures), against the real server.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantConnectionTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private QdrantConnection _qdrant = null!;
    private QdrantClient _client = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _qdrant = _services.GetRequiredService<QdrantConnection>();
        _client = _services.GetRequiredService<QdrantClient>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 30_000)]
    public async Task ACollectionWithNamedDenseAndSparseVectorsAnswersDenseSparseAndHybridQueries()
    {
        await CreateThingsAsync("things");
        await _client.CreatePayloadIndexAsync("things", "program", PayloadSchemaType.Keyword);
        await _client.UpsertAsync("things", SamplePoints());

        var dense = await Query(dense: [1, 0, 0], payload: ["name"]).RunAsync(_client, "things");
        var sparse = await Query(sparse: new SparseVector([7], [1f]), payload: ["name"]).RunAsync(_client, "things");
        var hybrid = await Query(dense: [0, 1, 0], sparse: new SparseVector([7], [1f]), program: "b", payload: ["name", "program"]).RunAsync(_client, "things");

        Assert.Equal("alpha", dense[0].Payload["name"].StringValue);
        Assert.Equal(3, dense.Count);
        Assert.Equal(["beta"], sparse.Select(p => p.Payload["name"].StringValue));
        Assert.All(hybrid, p => Assert.Equal("b", p.Payload["program"].StringValue));
        Assert.Equal(["beta", "gamma"], hybrid.Select(p => p.Payload["name"].StringValue).Order());
        Assert.Equal(DeterministicPointId.FromKey("beta"), Guid.Parse(hybrid[0].Id.Uuid));
        Assert.Equal(3UL, await _client.CountAsync("things", exact: true));
    }

    [Fact(Timeout = 30_000)]
    public async Task UpsertingTheSamePointIdsAgainOverwritesInsteadOfAdding()
    {
        await CreateThingsAsync("things");

        await _client.UpsertAsync("things", SamplePoints());
        await _client.UpsertAsync("things", SamplePoints());

        Assert.Equal(3UL, await _client.CountAsync("things", exact: true));
    }

    [Fact(Timeout = 30_000)]
    public async Task ASnapshotIsCreatedAndListed()
    {
        await CreateThingsAsync("things");
        await _client.UpsertAsync("things", SamplePoints());

        var snapshot = await _qdrant.CallAsync("snapshot 'things'", (c, ct) => c.CreateSnapshotAsync("things", ct));

        Assert.EndsWith(".snapshot", snapshot.Name);
        Assert.True(snapshot.Size > 0);
        Assert.Contains(await _client.ListSnapshotsAsync("things"), s => s.Name == snapshot.Name);
    }

    [Fact(Timeout = 30_000)]
    public async Task DeletingACollectionRemovesItAndItsAlias()
    {
        await CreateThingsAsync("things-v1");
        await _client.CreateAliasAsync("things", "things-v1");

        await _qdrant.CallAsync("delete 'things-v1'", (c, ct) => c.DeleteCollectionAsync("things-v1", cancellationToken: ct));

        Assert.Empty(await _client.ListCollectionsAsync());
        Assert.Empty(await _client.ListAliasesAsync());
    }

    [Fact(Timeout = 30_000)]
    public async Task AQueryOnAMissingCollectionIsRejectedWithQdrantsMessage()
    {
        var error = await Assert.ThrowsAsync<QdrantCallException>(() =>
            _qdrant.CallAsync("query 'missing'", (c, ct) => Query(dense: [1, 0, 0]).RunAsync(c, "missing", ct)));

        Assert.Equal(QdrantFailure.Rejected, error.Failure);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("query 'missing'", error.Message);
        Assert.Contains("doesn't exist", error.Message);
        Assert.False(error.IsUnavailable);
    }

    [Fact(Timeout = 30_000)]
    public async Task AServerThatIsNotListeningIsReportedUnreachableQuickly()
    {
        await using var services = qdrant.CreateServices(new Dictionary<string, string?>
        {
            ["Qdrant:GrpcUrl"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Qdrant:AttemptTimeout"] = "00:00:01",
            ["Qdrant:TotalTimeout"] = "00:00:01.500",
        });
        var connection = services.GetRequiredService<QdrantConnection>();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<QdrantCallException>(() => connection.CheckServerVersionAsync());

        Assert.Equal(QdrantFailure.Unreachable, error.Failure);
        Assert.True(error.IsUnavailable);
        Assert.Contains("unreachable", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact(Timeout = 60_000)]
    public async Task AfterCallsFailedWhileQdrantWasDownTheFirstCallAfterItsRestartSucceeds()
    {
        qdrant.Server.Kill();
        for (var i = 0; i < 5; i++)
        {
            var error = await Assert.ThrowsAsync<QdrantCallException>(() => _qdrant.CheckServerVersionAsync());
            Assert.Equal(QdrantFailure.Unreachable, error.Failure);
        }

        await qdrant.Server.StartAgainAsync();
        var version = await _qdrant.CheckServerVersionAsync();

        Assert.Equal(QdrantServerVersion.Tested, version);
    }

    [Fact(Timeout = 30_000)]
    public async Task TheGrpcAddressIsTheRestPortPlusOneUnlessGrpcUrlIsGiven()
    {
        await using var derived = qdrant.CreateServices();
        await using var explicitGrpc = qdrant.CreateServices(new Dictionary<string, string?>
        {
            ["Qdrant:Url"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Qdrant:GrpcUrl"] = qdrant.Server.GrpcUrl,
        });

        var fromUrl = derived.GetRequiredService<QdrantConnection>();
        var fromGrpcUrl = explicitGrpc.GetRequiredService<QdrantConnection>();

        Assert.Equal(new Uri(qdrant.Server.GrpcUrl), fromUrl.Address);
        Assert.Equal(QdrantServerVersion.Tested, await fromUrl.CheckServerVersionAsync());
        Assert.Equal(new Uri(qdrant.Server.GrpcUrl), fromGrpcUrl.Address);
        Assert.Equal(QdrantServerVersion.Tested, await fromGrpcUrl.CheckServerVersionAsync());
    }

    private Task CreateThingsAsync(string name) =>
        _client.CreateCollectionAsync(name, new VectorParamsMap { Map = { ["concepts"] = new VectorParams { Size = 3, Distance = Distance.Cosine } } },
            sparseVectorsConfig: new SparseVectorConfig { Map = { ["terms"] = new SparseVectorParams() } });

    private static List<PointStruct> SamplePoints() =>
    [
        Point("alpha", "a", [1, 0, 0], new SparseVector([1, 2], [0.6f, 0.8f])),
        Point("beta", "b", [0, 1, 0], new SparseVector([7], [1f])),
        Point("gamma", "b", [0, 0.9f, 0.1f], SparseVector.Empty),
    ];

    private static PointStruct Point(string name, string program, float[] dense, SparseVector sparse)
    {
        var vectors = new Dictionary<string, Vector> { ["concepts"] = dense };
        if (sparse.Indices.Length > 0) vectors["terms"] = (sparse.Values, sparse.Indices);
        return new PointStruct { Id = DeterministicPointId.FromKey(name), Vectors = vectors, Payload = { ["name"] = name, ["program"] = program } };
    }

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
