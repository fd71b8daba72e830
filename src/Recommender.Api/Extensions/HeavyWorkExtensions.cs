using CategoryMatch.Core.Audit;
using CategoryMatch.Core.Ranking;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>Bounds audit and batch work: how many run at once (<see cref="HeavyWorkPolicy"/>) and on how many threads each.</summary>
public static class HeavyWorkExtensions
{
    /// <summary>
    /// Adds <see cref="HeavyWorkOptions"/> (section <c>HeavyWork</c>), the admission policy, and the batch
    /// recommender and auditor, each ranking on <see cref="HeavyWorkOptions.MaxDegreeOfParallelism"/> threads.
    /// </summary>
    public static IServiceCollection AddHeavyWorkLimits(this IServiceCollection services)
    {
        services.AddOptions<HeavyWorkOptions>().BindConfiguration(HeavyWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o => o.AddPolicy<string, HeavyWorkPolicy>(HeavyWorkPolicy.Name));
        services.AddSingleton<MemoryAfterBursts>();
        services.AddSingleton(sp => new BatchRecommender(sp.GetRequiredService<CategoryRecommender>(),
            sp.GetRequiredService<IOptions<HeavyWorkOptions>>().Value.MaxDegreeOfParallelism));
        services.AddSingleton(sp => new CategoryAuditor(sp.GetRequiredService<CategoryRecommender>(),
            sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IOptions<HeavyWorkOptions>>().Value.MaxDegreeOfParallelism));
        return services;
    }

    /// <summary>
    /// Admits requests to endpoints that <see cref="RequireHeavyWorkLimits"/> (after the body-size check, before the
    /// endpoint), and keeps a thread pool thread per core free of heavy work.
    /// </summary>
    public static WebApplication UseHeavyWorkLimits(this WebApplication app)
    {
        // Heavy work holds up to MaxConcurrent x MaxDegreeOfParallelism pool threads for seconds at a time. The pool
        // starts with one thread per core and adds more only about twice a second once all are busy, so a single
        // recommendation queued behind heavy work waited for a new thread (p99 1.3 s during ten audits; 108 ms with
        // the floor, on a machine shared with builds). A floor above the heavy work's threads keeps some free.
        var heavy = app.Services.GetRequiredService<IOptions<HeavyWorkOptions>>().Value;
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + heavy.MaxConcurrent * heavy.MaxDegreeOfParallelism), io);
        // A chunked body declares no length; a small one (a script's batch of two) must not be taken for heavy.
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength is null && IsHeavyWorkEndpoint(context)) await HeavyWorkPolicy.MeasureChunkedBodyAsync(context, heavy);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Counts the endpoint's requests over <see cref="HeavyWorkOptions.LightBodyBytes"/> as heavy work: admitted,
    /// queued or answered 503, and followed by <see cref="MemoryAfterBursts"/> once a burst of them is over.
    /// </summary>
    public static RouteHandlerBuilder RequireHeavyWorkLimits(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(HeavyWorkPolicy.Name)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (!HeavyWorkPolicy.IsHeavy(http, http.RequestServices.GetRequiredService<IOptions<HeavyWorkOptions>>().Value)) return await next(context);
                var memory = http.RequestServices.GetRequiredService<MemoryAfterBursts>();
                memory.Started();
                try
                {
                    return await next(context);
                }
                finally
                {
                    memory.Ended();
                }
            });

    private static bool IsHeavyWorkEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == HeavyWorkPolicy.Name;
}
