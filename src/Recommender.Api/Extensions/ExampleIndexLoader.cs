using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Qdrant;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Opens the embedded example store at start-up (so a broken database stops start-up, and seeding is done before
/// the first request) and gives every stored example to the in-memory sinks, which the store then keeps current.
/// (With Qdrant, organisers' examples are read from Qdrant at each lookup instead: <see cref="SharedExampleNeighbours"/>.)
/// </summary>
internal sealed class ExampleIndexLoader(IExampleStore store, IEnumerable<IExampleSink> sinks, ILogger<ExampleIndexLoader> logger) : IHostedService
{
    private const int Chunk = 1000;

    public Task StartAsync(CancellationToken cancellationToken) => sinks.Any() ? LoadAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
        // Opening the store (encoding thousands of texts the first time) and reading their vectors leaves garbage the
        // heap would keep committed: give it back before the first request, as the model's warm-up does.
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
