using CategoryMatch.Tests.Api;
using CategoryMatch.Tests.Examples;
using Microsoft.AspNetCore.Hosting;

namespace CategoryMatch.Tests.Web;

public sealed class OrganiserSectionTests
{
    [Fact]
    public async Task AnOrganiserUploadsLabelledEntriesWithTheirKeyAndSeesTheCountsAndTheBadRowByLine()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = bound.Token;
        await using var server = new OrganiserKestrelServer();
        await using var browser = await HeadlessChromium.StartAsync(ct);
        await browser.NavigateAsync(server.Address, ct);
        await browser.WaitForAsync("document.querySelectorAll('#teach-program option').length > 1", cancellationToken: ct);

        await browser.EvaluateAsync("document.querySelector('#teach-program').value = 'ru-cca'", ct);
        await browser.TypeAsync("#organiser-key", OrganiserKeys.RuCca, ct);
        var csv = Path.Combine(Path.GetTempPath(), $"examples-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv,
            "id,categoryId,text\n" +
            "a,ru-cca:13,\"Голосовой бот на базе генеративного ИИ решает 46% обращений.\"\n" +
            "b,ru-cca:999,\"Категории нет.\"\n" +
            "c,13,\"Чат-бот с ИИ отвечает клиентам банка.\"\n", ct);
        try
        {
            await browser.SetFileAsync("#examples-file", csv, ct);
            await browser.EvaluateAsync("document.querySelector('#teach-button').click()", ct);
            await browser.WaitForAsync("!document.querySelector('#example-counts').hidden", cancellationToken: ct);
        }
        finally
        {
            File.Delete(csv);
        }

        Assert.StartsWith("2 added, 0 updated", (await browser.EvaluateAsync("document.querySelector('#teach-status').textContent", ct)).GetString());
        Assert.StartsWith("line 3: categoryId", (await browser.EvaluateAsync("document.querySelector('#teach-errors li').textContent", ct)).GetString());
        var row = (await browser.EvaluateAsync(
            "[...document.querySelectorAll('#example-counts tbody tr')].map(r => r.textContent).find(t => t.startsWith('ru-cca:13'))", ct)).GetString();
        Assert.StartsWith("ru-cca:132", row);
    }

    private sealed class OrganiserKestrelServer : KestrelApiServer
    {
        private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("categorymatch-web-").FullName, "examples.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Examples:Database", _database);
            foreach (var (key, value) in OrganiserKeys.Settings()) builder.UseSetting(key, value);
        }
    }
}
