using CategoryMatch.Indexer;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The indexer with its own host and settings (its appsettings.json), as <c>dotnet run --project src/Recommender.Indexer</c> builds them.</summary>
public static class IndexerCommand
{
    /// <summary>Runs the indexer with <paramref name="args"/> (<c>--data</c> defaults to the repository's data); exit code and what it printed.</summary>
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        string[] all = args.Contains("--data") ? args : [.. args, "--data", TestPaths.Data];
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = all,
            ContentRootPath = Path.Combine(TestPaths.RepositoryRoot, "src", "Recommender.Indexer"),
        });
        builder.AddCategoryIndexer(all);
        using var host = builder.Build();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await host.Services.GetRequiredService<IndexerRun>().RunAsync(output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
