using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qdrant.Client.Grpc;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// A gRPC endpoint on loopback that answers Qdrant's health check (the call that reports the version)
/// as a server of <paramref name="version"/> would, and nothing else. No older Qdrant binary can be
/// installed here, so this stands in for one; every other test runs against the real 1.16.3 server.
/// </summary>
public sealed class OlderQdrantImpostor(string version) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The gRPC URL, e.g. <c>http://127.0.0.1:41236</c>.</summary>
    public string GrpcUrl { get; private set; } = "";

    /// <summary>Starts listening (HTTP/2 without TLS, as Qdrant's gRPC port does).</summary>
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        _app = builder.Build();
        _app.MapPost("/qdrant.Qdrant/HealthCheck", async context =>
        {
            var reply = new HealthCheckReply { Title = "qdrant - vector search engine", Version = version }.ToByteArray();
            // gRPC framing: not compressed, 4-byte big-endian length, then the message; the status comes in a trailer.
            var frame = new byte[5 + reply.Length];
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)reply.Length);
            reply.CopyTo(frame, 5);
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(frame);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        await _app.StartAsync();
        GrpcUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
