using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// The real Qdrant server binary as a child process: free loopback ports, a config file binding
/// 127.0.0.1, storage and snapshots under a temp folder, telemetry off. It can be killed (as a crash
/// would) and started again on the same ports and storage, and is stopped by PID with SIGTERM.
/// </summary>
public sealed class QdrantServer : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(20);
    private readonly string _binary;
    private readonly string _folder;
    private readonly string _config;
    private readonly Queue<string> _lastLines = new();
    private Process? _process;

    private QdrantServer(string binary, string? apiKey)
    {
        _binary = binary;
        _folder = Directory.CreateTempSubdirectory("categorymatch-qdrant-").FullName;
        // gRPC on the REST port + 1, as Qdrant's defaults (6333, 6334) have it: the product derives the
        // gRPC address from Qdrant:Url that way.
        (HttpPort, GrpcPort) = FreePortPair();
        _config = Path.Combine(_folder, "config.yaml");
        File.WriteAllText(_config, $"""
            log_level: WARN
            telemetry_disabled: true
            service:
              host: 127.0.0.1
              http_port: {HttpPort}
              grpc_port: {GrpcPort}
            {(apiKey is null ? "" : $"  api_key: {apiKey}")}
            storage:
              storage_path: {Path.Combine(_folder, "storage")}
              snapshots_path: {Path.Combine(_folder, "snapshots")}
            """);
    }

    /// <summary>The REST port.</summary>
    public int HttpPort { get; }

    /// <summary>The gRPC port, the one the product talks to: <see cref="HttpPort"/> + 1.</summary>
    public int GrpcPort { get; }

    /// <summary>The REST URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url => $"http://127.0.0.1:{HttpPort}";

    /// <summary>The gRPC URL, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public string GrpcUrl => $"http://127.0.0.1:{GrpcPort}";

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Finds (or installs) the binary, starts it (asking every client for <paramref name="apiKey"/>, if given) and waits until it is ready.</summary>
    public static async Task<QdrantServer> StartAsync(string? apiKey = null, CancellationToken cancellationToken = default)
    {
        var server = new QdrantServer(LocateBinary(), apiKey);
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the process (again) on the same ports and storage and waits for <c>/readyz</c>.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning) return;
        var start = new ProcessStartInfo(_binary)
        {
            ArgumentList = { "--config-path", _config, "--disable-telemetry" },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_binary}.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyWithin)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Qdrant exited with code {_process.ExitCode} at start:{Environment.NewLine}{Output()}");
            try
            {
                using var response = await http.GetAsync($"{Url}/readyz", cancellationToken);
                // The REST port can answer before the gRPC port listens (a test once met "connection refused" there).
                if (response.IsSuccessStatusCode && await GrpcListensAsync(cancellationToken)) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException($"Qdrant was not ready within {ReadyWithin.TotalSeconds} s:{Environment.NewLine}{Output()}");
    }

    private async Task<bool> GrpcListensAsync(CancellationToken cancellationToken)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        try
        {
            await tcp.ConnectAsync(System.Net.IPAddress.Loopback, GrpcPort, cancellationToken);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        _process.WaitForExit(5000);
    }

    /// <summary>
    /// Freezes the process (SIGSTOP): it keeps its port but answers nothing, as a hung server would. Returns once
    /// every thread has stopped: kill() returns before that, since one of the process's threads must run to stop
    /// the others, and on a loaded machine another thread can serve a request meanwhile (a paused server once
    /// answered 200).
    /// </summary>
    public void Pause()
    {
        if (!IsRunning) return;
        _ = SendSignal(_process!.Id, SigStop);
        var waited = Stopwatch.StartNew();
        while (!EveryThreadStopped(_process.Id))
        {
            if (waited.Elapsed > ReadyWithin) throw new TimeoutException($"Qdrant (pid {_process.Id}) did not stop within {ReadyWithin.TotalSeconds} s of SIGSTOP.");
            Thread.Sleep(2);
        }
    }

    /// <summary>Lets a paused process run again (SIGCONT).</summary>
    public void Resume()
    {
        if (IsRunning) _ = SendSignal(_process!.Id, SigCont);
    }

    /// <summary>Stops the process by its PID with SIGTERM, killing it if it does not exit within 5 s.</summary>
    public void Stop()
    {
        if (_process is null || _process.HasExited) return;
        _ = SendSignal(_process.Id, SigCont);   // a paused process would not act on SIGTERM
        _ = SendSignal(_process.Id, SigTerm);
        if (!_process.WaitForExit(5000)) Kill();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS eventually.
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    private string Output()
    {
        lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
    }

    // Two adjacent free ports; another process may take one before Qdrant starts, which start-up then reports.
    private static (int Http, int Grpc) FreePortPair()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var first = new TcpListener(IPAddress.Loopback, 0);
            first.Start();
            var port = ((IPEndPoint)first.LocalEndpoint).Port;
            if (port >= IPEndPoint.MaxPort) continue;
            try
            {
                using var second = new TcpListener(IPAddress.Loopback, port + 1);
                second.Start();
                return (port, port + 1);
            }
            catch (SocketException)
            {
                // Taken; try another pair.
            }
        }
        throw new InvalidOperationException("No two adjacent free loopback ports were found for Qdrant.");
    }

    // test.sh installs the binary and exports its path; a bare `dotnet test` installs it here.
    private static string LocateBinary()
    {
        var configured = Environment.GetEnvironmentVariable("QDRANT_BINARY");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured)) return configured;
        var install = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, "scripts", "qdrant.sh"), "install"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(install)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill();
            throw new TimeoutException("scripts/qdrant.sh install did not finish within 3 minutes.");
        }
        var path = stdout.Result.Trim().Split('\n').LastOrDefault()?.Trim();
        if (process.ExitCode != 0 || string.IsNullOrEmpty(path) || !File.Exists(path))
            throw new InvalidOperationException($"scripts/qdrant.sh install failed ({process.ExitCode}): {stderr.Result}");
        return path;
    }

    // Each thread's state is the field after the command name in /proc/<pid>/task/<tid>/stat: 'T' when stopped.
    private static bool EveryThreadStopped(int pid)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                if (stat[stat.LastIndexOf(')') + 2] != 'T') return false;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // The thread has ended: it serves nothing.
            }
        }
        return true;
    }

    private const int SigTerm = 15;
    private const int SigStop = 19;
    private const int SigCont = 18;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
