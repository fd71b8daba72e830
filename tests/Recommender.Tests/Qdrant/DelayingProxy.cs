using System.Net;
using System.Net.Sockets;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// A TCP proxy on loopback in front of the real Qdrant that holds back everything the client sends by
/// <paramref name="delay"/> before passing it on: Qdrant as a slow network or a loaded server makes it look.
/// Answers come back at once; the order of bytes is kept.
/// </summary>
public sealed class DelayingProxy(int targetPort, TimeSpan delay) : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _pumps = [];
    private Task? _accepting;

    /// <summary>The URL to give the client instead of Qdrant's, e.g. <c>http://127.0.0.1:41240</c>.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Starts accepting connections.</summary>
    public DelayingProxy Start()
    {
        _listener.Start();
        _accepting = AcceptAsync(_stop.Token);
        return this;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            if (_accepting is not null) await _accepting;
            Task[] pumps;
            lock (_pumps) pumps = [.. _pumps];
            await Task.WhenAll(pumps);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(stop);
            lock (_pumps) _pumps.Add(ServeAsync(client, stop));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using var _ = client;
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, targetPort, stop);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream(), delay, stop), PumpAsync(server.GetStream(), client.GetStream(), TimeSpan.Zero, stop));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // A side hung up, or the proxy stops.
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, TimeSpan hold, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stop)) > 0)
            {
                if (hold > TimeSpan.Zero) await Task.Delay(hold, stop);
                await to.WriteAsync(buffer.AsMemory(0, read), stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
    }
}
