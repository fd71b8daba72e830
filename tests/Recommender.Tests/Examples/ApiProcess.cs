using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CategoryMatch.Tests.Examples;

/// <summary>
/// The built API (<c>Recommender.Api.dll</c> beside the tests) run as a process of its own with <c>dotnet exec</c>,
/// so that it can be killed with SIGKILL as a crash or an OOM kill would, and started again on the same files.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The API's base address on loopback.</summary>
    public Uri Address { get; }

    /// <summary>Starts the API with <paramref name="settings"/> as command-line configuration and waits until <c>/health</c> answers.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken = default)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "Recommender.Api.dll"), "--urls", address.ToString() },
            // The content root is the working folder: a temporary one, so nothing is written into the tree.
            WorkingDirectory = Directory.CreateTempSubdirectory("categorymatch-api-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        var api = new ApiProcess(process, address);
        process.OutputDataReceived += (_, e) => api.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => api.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyWithin)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with code {process.ExitCode} at start:{Environment.NewLine}{api.Output()}");
            try
            {
                using var response = await http.GetAsync(new Uri(address, "/health"), cancellationToken);
                return api;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        api.Kill();
        throw new TimeoutException($"The API did not answer within {ReadyWithin.TotalSeconds} s:{Environment.NewLine}{api.Output()}");
    }

    /// <summary>Kills the process at once with SIGKILL: no shutdown, no flush, as a crash would.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill();   // SIGKILL on Unix
        _process.WaitForExit(10_000);
    }

    /// <summary>What the process printed last, for failure messages.</summary>
    public string Output()
    {
        lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 60) _lastLines.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
