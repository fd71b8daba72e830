using CategoryMatch.Core;
using CategoryMatch.Core.Qdrant;
using Microsoft.Extensions.DependencyInjection;
using Qdrant.Client;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>Indexers started at the same time, each with its own connection as separate processes would have, against the real server.</summary>
[Collection(QdrantCollection.Name)]
public sealed class ConcurrentIndexingTests(QdrantFixture qdrant) : IAsyncLifetime
{
    // Three programmes, 14 categories: a run writes in well under a second, so twenty pairs stay quick.
    private static readonly Lazy<RecommenderModel> Small = new(() =>
    {
        using var catalog = PartialCatalog.Without("ru-cca");
        return catalog.Load();
    });

    private ServiceProvider _services = null!;
    private QdrantClient _client = null!;
    private CategoryIndexWriter _writer = null!;

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        _services = qdrant.CreateServices();
        _client = _services.GetRequiredService<QdrantClient>();
        _writer = _services.GetRequiredService<CategoryIndexWriter>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact(Timeout = 180_000)]
    public async Task TwentyPairsOfConcurrentRunsEachLeaveTheAliasOnACompleteCollection()
    {
        var model = Small.Value;
        var problems = new List<string>();

        for (var pair = 1; pair <= 20; pair++)
        {
            await using var first = qdrant.CreateServices();
            await using var second = qdrant.CreateServices();
            using var start = new Barrier(2);
            var runs = await Task.WhenAll(RunAsync(first, start, model), RunAsync(second, start, model));

            problems.AddRange(runs.OfType<string>().Select(r => $"pair {pair}: a run failed: {r}"));
            var alias = (await _client.ListAliasesAsync()).SingleOrDefault(a => a.AliasName == "categories");
            if (alias is null)
            {
                problems.Add($"pair {pair}: no alias 'categories' is left; collections: {string.Join(", ", await _client.ListCollectionsAsync())}");
                continue;
            }
            var count = await _client.CountAsync(alias.CollectionName, exact: true);
            if (count != (ulong)model.Catalog.Categories.Count)
                problems.Add($"pair {pair}: the alias points at '{alias.CollectionName}' holding {count} of {model.Catalog.Categories.Count} categories");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var live = (await _client.ListAliasesAsync()).Single().CollectionName;
        Assert.Equal([live], await _client.ListCollectionsAsync());
    }

    [Fact(Timeout = 60_000)]
    public async Task ARunThatStopsDeadMidWriteLosesTheLockAfterOneLeaseAndTheNextRunDropsWhatItLeft()
    {
        var model = Small.Value;
        var freeze = new FreezeAfterFirstUpsert();
        await using var stopped = qdrant.CreateServices(interceptor: freeze);
        var stoppedRun = stopped.GetRequiredService<CategoryIndexWriter>().WriteAsync(model);
        await freeze.Frozen.WaitAsync(TimeSpan.FromSeconds(30));
        var halfBuilt = Assert.Single(await _client.ListCollectionsAsync(), c => c.StartsWith("categories-v", StringComparison.Ordinal));

        var next = await _writer.WriteAsync(model);
        freeze.Thaw();
        var stoppedError = await Assert.ThrowsAsync<QdrantCallException>(() => stoppedRun);

        // The fixture's lease is 3 s: the next run waited for it to run out, then took the lock over.
        Assert.True(next.LockWaited > TimeSpan.FromSeconds(1), $"waited {next.LockWaited}");
        Assert.Equal([halfBuilt], next.Dropped);
        Assert.Equal([("categories", next.Collection)], (await _client.ListAliasesAsync()).Select(a => (a.AliasName, a.CollectionName)));
        Assert.Equal([next.Collection], await _client.ListCollectionsAsync());
        Assert.True(stoppedError.IsUnavailable, stoppedError.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task ARunThatCannotHaveTheLockWithinItsWaitGivesUpNamingTheHolderAndWritesNothing()
    {
        await using var held = await _services.GetRequiredService<IndexLock>().AcquireAsync();
        await using var impatient = qdrant.CreateServices(new Dictionary<string, string?> { ["Qdrant:LockWait"] = "00:00:01" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => impatient.GetRequiredService<CategoryIndexWriter>().WriteAsync(Small.Value));

        Assert.Contains(held.Holder, error.Message);
        Assert.Contains("Qdrant:LockWait", error.Message);
        Assert.Equal(["categories-lock"], await _client.ListCollectionsAsync());
    }

    // Null when the run succeeded, else what went wrong.
    private static async Task<string?> RunAsync(ServiceProvider services, Barrier start, RecommenderModel model)
    {
        var writer = services.GetRequiredService<CategoryIndexWriter>();
        await Task.Run(() => start.SignalAndWait(TimeSpan.FromSeconds(10)));
        try
        {
            await writer.WriteAsync(model);
            return null;
        }
        catch (Exception e) when (e is QdrantCallException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
