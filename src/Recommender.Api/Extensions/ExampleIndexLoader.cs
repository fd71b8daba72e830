using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Opens the example store at start-up (so a broken database stops start-up, and seeding is done before the
/// first request) and gives every stored example to the in-memory sinks, which the store then keeps current.
/// With Qdrant down at start, the API still starts (the builtin corpus votes) and the load is retried in the
/// background until Qdrant answers, as the category index recovers without a restart.
/// </summary>
internal sealed class ExampleIndexLoader(IExampleStore store, IEnumerable<IExampleSink> sinks, ILogger<ExampleIndexLoader> logger) : IHostedService
{
    private const int Chunk = 1000;
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!sinks.Any()) return;
        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (QdrantCallException e)
        {
            logger.LogWarning("Stored examples not loaded yet ({Reason}); retrying every {Seconds} s in the background.", e.Message, RetryEvery.TotalSeconds);
            _ = RetryAsync(_stopping.Token);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryEvery, stopping);
                await LoadAsync(stopping);
                return;
            }
            catch (QdrantCallException) { }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var targets = sinks.ToList();
        var chunk = new List<LabelledExample>(Chunk);
        var count = 0;
        await foreach (var example in store.ReadAllAsync(cancellationToken))
        {
            chunk.Add(example);
            if (chunk.Count < Chunk) continue;
            Flush();
        }
        Flush();
        logger.LogInformation("Loaded {Count} labelled examples into {Sinks} in-memory index(es).", count, targets.Count);
        // Encoding thousands of texts leaves tens of MB of garbage the heap would keep committed: give it back
        // before the first request, as the model's warm-up does.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        void Flush()
        {
            if (chunk.Count == 0) return;
            foreach (var sink in targets) sink.Upserted([.. chunk]);
            count += chunk.Count;
            chunk.Clear();
        }
    }
}
