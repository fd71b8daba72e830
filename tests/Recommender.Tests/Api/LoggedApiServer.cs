using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CategoryMatch.Tests.Api;

/// <summary>The real API on Kestrel with everything it logs collected, so a test can read what a request left in the log.</summary>
public sealed class LoggedApiServer : KestrelApiServer
{
    /// <summary>Every log record since start (or since the test cleared it).</summary>
    public FakeLogCollector Log => Services.GetFakeLogCollector();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddFakeLogging());
    }
}
