using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CategoryMatch.Tests.Web;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol (no Playwright NuGet here): navigate,
/// evaluate script, type, set a file input, take a screenshot. One page per instance; the browser
/// process is started with a fresh profile and killed (by its own PID) on dispose.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The browser: <c>CHROMIUM_PATH</c> when set (test.sh sets it), else where Debian's package puts it.</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;
    private Task _receiving = Task.CompletedTask;

    private HeadlessChromium(Process process, string profile) => (_process, _profile) = (process, profile);

    /// <summary>Starts the browser and connects to its page.</summary>
    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run ./test.sh (it installs Debian's chromium) or apt-get install -y chromium.");
        var profile = Directory.CreateTempSubdirectory("categorymatch-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            // Flags known to work on this machine: no sandbox as root, no GPU, no calls to Google's hosts.
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                $"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=1280,1000", "about:blank" },
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync(cancellationToken);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
        return browser;
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        // Chromium writes its chosen port to DevToolsActivePort in the profile once it listens.
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(portFile) || new FileInfo(portFile).Length == 0)
        {
            if (_process.HasExited) throw new InvalidOperationException($"chromium exited with code {_process.ExitCode} before listening.");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("chromium did not open its DevTools port within 30 s.");
            await Task.Delay(100, cancellationToken);
        }
        var port = int.Parse((await File.ReadAllLinesAsync(portFile, cancellationToken))[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var targets = JsonDocument.Parse(await http.GetStringAsync("/json/list", cancellationToken)).RootElement;
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        await _socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
        _receiving = ReceiveAsync(_stop.Token);
    }

    /// <summary>Sends a DevTools command and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        return await answer.Task.WaitAsync(timeout.Token);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and returns its value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var error)) throw new InvalidOperationException($"script failed: {error}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Waits until <paramref name="condition"/> is true in the page; fails after <paramref name="seconds"/>.</summary>
    public async Task WaitForAsync(string condition, int seconds = 20, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await EvaluateAsync($"Boolean({condition})", cancellationToken) is { ValueKind: JsonValueKind.True }) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"'{condition}' did not become true within {seconds} s; page text: {await EvaluateAsync("document.body.innerText", cancellationToken)}");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for the page to load.</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken = default)
    {
        await SendAsync("Page.navigate", new { url = url.ToString() }, cancellationToken);
        await WaitForAsync($"location.href.startsWith({JsonSerializer.Serialize(url.ToString())}) && document.readyState === 'complete'", cancellationToken: cancellationToken);
    }

    /// <summary>Focuses the element and types <paramref name="text"/> into it, as a keyboard would insert it.</summary>
    public async Task TypeAsync(string selector, string text, CancellationToken cancellationToken = default)
    {
        await EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)}).focus()", cancellationToken);
        await SendAsync("Input.insertText", new { text }, cancellationToken);
    }

    /// <summary>Puts a file from disk into a file input, as choosing it in the file dialog would.</summary>
    public async Task SetFileAsync(string selector, string path, CancellationToken cancellationToken = default)
    {
        var document = await SendAsync("DOM.getDocument", new { depth = 0 }, cancellationToken);
        var node = await SendAsync("DOM.querySelector", new { nodeId = document.GetProperty("root").GetProperty("nodeId").GetInt32(), selector }, cancellationToken);
        await SendAsync("DOM.setFileInputFiles", new { files = new[] { path }, nodeId = node.GetProperty("nodeId").GetInt32() }, cancellationToken);
    }

    /// <summary>Saves a PNG of the whole page.</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken = default)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", cancellationToken: cancellationToken);
        var size = metrics.GetProperty("cssContentSize");
        var clip = new { x = 0, y = 0, width = size.GetProperty("width").GetDouble(), height = size.GetProperty("height").GetDouble(), scale = 1 };
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true, clip }, cancellationToken);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!), cancellationToken);
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = JsonNode.Parse(System.Text.Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
                // Events (no id) are not needed: the tests poll the page instead.
                if (json?["id"]?.GetValue<int>() is not { } id || !_pending.TryRemove(id, out var answer)) continue;
                if (json["error"] is { } error) answer.TrySetException(new InvalidOperationException($"DevTools error: {error.ToJsonString()}"));
                else answer.TrySetResult(JsonDocument.Parse(json["result"]?.ToJsonString() ?? "{}").RootElement.Clone());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        foreach (var pending in _pending.Values) pending.TrySetCanceled(CancellationToken.None);
    }

    /// <summary>Closes the connection, kills the browser process and deletes its profile.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _receiving; } catch (OperationCanceledException) { }
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _stop.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
