using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CategoryMatch.Benchmarks;

/// <summary>
/// The real API as its own process (its build output, run with <c>dotnet</c>), on a free loopback port:
/// its working set is the server's alone, with the GC settings of its own runtimeconfig, which an
/// in-process host would not have. Stopped (by its process id) when disposed.
/// </summary>
public sealed class ApiServerProcess : IDisposable
{
    private readonly Process _process;
    private long _peak;
    private readonly CancellationTokenSource _sampling = new();

    private ApiServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        // Sampled every 50 ms so the peak of a burst is seen, not only its end.
        _ = Task.Run(async () =>
        {
            while (!_sampling.IsCancellationRequested)
            {
                var now = WorkingSetBytes;
                if (now > Volatile.Read(ref _peak)) Volatile.Write(ref _peak, now);
                await Task.Delay(50).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>The server's working set now (resident memory).</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
    }

    /// <summary>The highest working set seen since start or since <see cref="ResetPeak"/>.</summary>
    public long PeakWorkingSetBytes => Math.Max(Volatile.Read(ref _peak), WorkingSetBytes);

    /// <summary>Starts counting the peak afresh.</summary>
    public void ResetPeak() => Volatile.Write(ref _peak, WorkingSetBytes);

    /// <summary>
    /// Starts the API built next to this benchmark (same configuration) or the dll at <paramref name="apiDll"/>,
    /// with extra configuration as <c>--Key=value</c> arguments, and waits until <c>/health</c> answers.
    /// </summary>
    public static async Task<ApiServerProcess> StartAsync(string? apiDll, IEnumerable<string> settings)
    {
        var located = apiDll is null;
        apiDll ??= LocateApiDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(apiDll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        // The project folder, as `dotnet run` would have it: the web page's wwwroot is there, not in bin/.
        if (located) start.ArgumentList.Add($"--contentRoot={Path.GetFullPath(Path.Combine(Path.GetDirectoryName(apiDll)!, "..", "..", ".."))}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {apiDll} did not start.");
        // Its log (warnings, and whatever the settings turn on) is shown, marked as the server's.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[api] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[api] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ApiServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with code {process.ExitCode} before answering.");
            try
            {
                using var health = await http.GetAsync("/health");
                if (health.IsSuccessStatusCode) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        server.Dispose();
        throw new TimeoutException("The API did not answer /health within 60 s.");
    }

    /// <summary>Stops the server process.</summary>
    public void Dispose()
    {
        _sampling.Cancel();
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    // src/Recommender.Api/bin/<configuration>/net10.0/Recommender.Api.dll, built by this project's reference to it.
    private static string LocateApiDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);   // .../benchmarks/Recommender.Benchmarks/bin/<configuration>/<tfm>/
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "Recommender.Api", "bin", configuration, tfm, "Recommender.Api.dll");
            if (File.Exists(dll)) return dll;
        }
        throw new FileNotFoundException($"Recommender.Api.dll ({configuration}, {tfm}) was not found above {here.FullName}; build the solution or pass --api PATH.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
