using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CategoryMatch.Tests.Examples;

public sealed class OrganiserKeyLoggingTests
{
    [Fact]
    public async Task NoLogLineEverHoldsAKeyWhetherKnownOrUnknown()
    {
        var lines = new ConcurrentQueue<string>();
        await using var api = new OrganiserApiFactory().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter(_ => true)
            .AddProvider(new CollectingProvider(lines)))));
        var client = api.CreateClient();
        const string wrongKey = "guessed-key-5e1f9a";

        foreach (var key in new[] { OrganiserKeys.RuCca, OrganiserKeys.LtIba, wrongKey })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/programs/ru-cca/examples")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { examples = new[] { new { id = "a", categoryId = "ru-cca:13", text = "Бот с ИИ." } } }),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            (await client.SendAsync(request)).Dispose();
        }

        Assert.NotEmpty(lines);   // the logging itself works: authentication failures and requests are logged
        Assert.DoesNotContain(lines, l => l.Contains(OrganiserKeys.RuCca) || l.Contains(OrganiserKeys.LtIba) || l.Contains(wrongKey));
    }

    private sealed class CollectingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collecting(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class Collecting(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Structured values too: a key could hide in a property that the message does not print.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
