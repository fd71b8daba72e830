using System.Threading.Channels;
using CategoryMatch.Core;
using CategoryMatch.Core.Examples;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Keeps <see cref="OrganiserTrustTable"/> current: a programme's trust is estimated again a moment after its
/// organiser's examples change (writes come in bursts: one estimate follows a bulk load), at start for every
/// programme, and with Qdrant every <see cref="OrganiserTrustOptions.RefreshSeconds"/> (other API processes write
/// there too). Until an estimate completes, the previous one (or 1) serves: a recommendation never waits on it.
/// </summary>
internal sealed class OrganiserTrustRefresher(IServiceProvider services, RecommenderModel model, OrganiserTrustTable table,
    IOptions<OrganiserTrustOptions> options, ILogger<OrganiserTrustRefresher> logger, bool periodic) : BackgroundService, IExampleSink
{
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Organisers' examples were written: their programmes' trust is estimated again.</summary>
    public void Upserted(IReadOnlyList<LabelledExample> examples)
    {
        foreach (var program in examples.Where(e => e.Source == ExampleSource.Organiser).Select(e => e.Program).Distinct(StringComparer.Ordinal))
            _changed.Writer.TryWrite(program);
    }

    /// <summary>An organiser's example was deleted.</summary>
    public void Removed(string program, string id) => _changed.Writer.TryWrite(program);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settle = TimeSpan.FromSeconds(options.Value.SettleSeconds);
        using var timer = periodic ? new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds)) : null;
        var ticks = timer is null ? Task.CompletedTask : EveryProgrammeOnEachTick(timer, stoppingToken);
        foreach (var p in model.Catalog.Programmes) _changed.Writer.TryWrite(p.Id);
        while (await _changed.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(settle, stoppingToken);
            var programmes = new HashSet<string>(StringComparer.Ordinal);
            while (_changed.Reader.TryRead(out var p)) programmes.Add(p);
            foreach (var program in programmes.Order(StringComparer.Ordinal))
            {
                try { await EstimateAsync(program, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A store that is down keeps the last estimate: the next write or tick tries again.
                    logger.LogWarning(e, "Could not estimate the organiser trust of {Program}; the last estimate stays.", program);
                }
            }
        }
        await ticks;
    }

    private async Task EveryProgrammeOnEachTick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                foreach (var p in model.Catalog.Programmes) _changed.Writer.TryWrite(p.Id);
        }
        catch (OperationCanceledException) { }
    }

    private async Task EstimateAsync(string program, CancellationToken cancellationToken)
    {
        // Resolved here, not injected: the embedded store tells its sinks (this one among them) of every write.
        var store = services.GetRequiredService<IExampleStore>();
        var estimator = services.GetRequiredService<OrganiserTrustEstimator>();
        var examples = new List<LabelledExample>();
        // Ten times the sample is read, so the sample (a hash of the id) is not just the first ids.
        var most = options.Value.Sample * 10;
        for (var page = 1; examples.Count < most; page++)
        {
            var found = await store.ListAsync(new ExampleQuery(program, null, ExampleSource.Organiser, page, ExampleQuery.MaxPageSize), cancellationToken);
            examples.AddRange(found.Examples);
            if (found.Examples.Count < ExampleQuery.MaxPageSize) break;
        }
        if (examples.Count == 0 && table.EstimateOf(program) is null) return;   // nothing to learn from, nothing to undo
        var estimate = await estimator.EstimateAsync(program, examples, cancellationToken);
        table.Set(estimate);
        logger.LogInformation("Organiser trust of {Program}: {Trust} ({Right}/{Cases} of its examples first in their category; {AsTrained} at 1).",
            program, estimate.Trust, estimate.RightAtTrust, estimate.Cases, estimate.RightAsTrained);
    }
}
