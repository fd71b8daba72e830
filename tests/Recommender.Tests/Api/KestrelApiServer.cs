using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// The real API on Kestrel, bound to 127.0.0.1 on a free port chosen by the OS, for clients that need a
/// real socket (a browser, a load test); TestServer is not reachable from outside the process.
/// </summary>
public class KestrelApiServer : WebApplicationFactory<Program>
{
    private readonly Lazy<Uri> _address;

    /// <summary>Prepares the server; it starts on first use of <see cref="Address"/>.</summary>
    public KestrelApiServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _address = new(() =>
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        });
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address => _address.Value;
}
