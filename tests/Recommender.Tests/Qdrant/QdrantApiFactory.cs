using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// The real API pipeline in memory, configured with <c>Qdrant:Url</c> so Qdrant serves the category index;
/// <paramref name="settings"/> adds or overrides settings, <paramref name="services"/> adds services (a gRPC
/// interceptor on the Qdrant channel, say), and <see cref="Log"/> keeps what the API logs.
/// </summary>
public sealed class QdrantApiFactory(string qdrantUrl, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Every log entry the API wrote.</summary>
    public CapturedLog Log { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: AddRecommender reads Qdrant:Url while the app is being built.
        builder.UseSetting("Qdrant:Url", qdrantUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
