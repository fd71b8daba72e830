using System.Text.Json.Serialization;
using CategoryMatch.Core;
using CategoryMatch.Core.Examples;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Core.Text;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Extensions;

/// <summary>Registers the recommender and its HTTP plumbing.</summary>
public static class RecommenderServiceExtensions
{
    /// <summary>Adds the model (loaded from data/ at start), the embedded index, the recommender, each request's deadline and ProblemDetails errors.</summary>
    public static IHostApplicationBuilder AddRecommender(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RecommenderOptions>().BindConfiguration(RecommenderOptions.Section);
        services.AddOptions<RankingOptions>().BindConfiguration(RankingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheBudget>().BindConfiguration(CacheBudget.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RecommenderOptions>>().Value;
            // Ranking:LearnedModel: the learned ranking (relative to the data folder; empty ranks by similarity).
            var learnedModel = sp.GetRequiredService<IOptions<RankingOptions>>().Value.LearnedModel;
            // CacheBudget: what the per-language word caches may hold, so hostile words cannot grow them.
            return RecommenderModel.Load(RecommenderModel.LocateDataDirectory(options.DataDirectory, AppContext.BaseDirectory), learnedModel,
                sp.GetRequiredService<IOptions<CacheBudget>>().Value);
        });
        services.AddSingleton<ICategoryIndex>(sp => new InMemoryCategoryIndex(sp.GetRequiredService<RecommenderModel>().CategoryVectors));
        // With Qdrant:Url configured, Qdrant replaces the embedded index (and /health reports it).
        builder.AddQdrantCategoryIndex();
        // With Neural:ModelPath configured, a neural embedder's similarity is fused into either index.
        builder.AddNeuralRanking();
        // The nearest labelled examples vote in the learned ranking: the builtin corpus in memory, to which
        // organisers' examples are upserted (Examples:Vote sets k and their weight).
        services.AddOptions<ExampleVoteOptions>().BindConfiguration(ExampleVoteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => InMemoryExampleIndex.FromCorpusFolder(sp.GetRequiredService<RecommenderModel>(),
            RecommenderModel.LocateDataDirectory(sp.GetRequiredService<IOptions<RecommenderOptions>>().Value.DataDirectory, AppContext.BaseDirectory)));
        services.AddSingleton<IExampleNeighbours>(sp => sp.GetRequiredService<InMemoryExampleIndex>());
        // Each programme's trust in its organiser's examples, estimated on them (Examples:Trust; OrganiserTrustRefresher).
        services.AddOptions<OrganiserTrustOptions>().BindConfiguration(OrganiserTrustOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrganiserTrustTable>();
        services.AddSingleton(sp => new CategoryRecommender(
            sp.GetRequiredService<RecommenderModel>(), sp.GetRequiredService<ICategoryIndex>(),
            sp.GetRequiredService<IOptions<RankingOptions>>().Value,
            sp.GetRequiredService<IExampleNeighbours>(), sp.GetRequiredService<IOptions<ExampleVoteOptions>>().Value,
            sp.GetRequiredService<OrganiserTrustTable>()));
        services.AddSingleton(sp => new OrganiserTrustEstimator(sp.GetRequiredService<CategoryRecommender>(),
            sp.GetRequiredService<IOptions<OrganiserTrustOptions>>().Value, sp.GetService<TimeProvider>()));
        // Load and validate data/ before the first request, so a broken file stops start-up.
        services.AddHostedService<ModelWarmup>();

        // One deadline for the whole of each request, whatever it waits on.
        builder.AddRequestDeadline();
        services.AddProblemDetails();
        // After the framework's writer: errors are JSON even when Accept asks for CSV, HTML or XML.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures (malformed JSON, wrong types) become exceptions the handler turns into ProblemDetails.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.AllowTrailingCommas = false;
            // A number is a number: "top": "3" is a wrong type (400), not 3 (the web defaults read numbers from strings).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Text as text: Cyrillic, Greek, Lithuanian and Turkish letters unescaped; HTML-sensitive ones still escaped.
            o.SerializerOptions.Encoder = JsonText.Encoder;
        });
        return builder;
    }

    /// <summary>Answers errors as ProblemDetails: exceptions through the handler, bare status codes through status pages.</summary>
    public static WebApplication UseRecommenderErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
