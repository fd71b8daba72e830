using CategoryMatch.Tests.Api;
using CategoryMatch.Tests.Support;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Web;

public sealed class WebPageTests(KestrelApiServer server, ITestOutputHelper output) : IClassFixture<KestrelApiServer>
{
    private const string VoiceBot =
        "Мы внедрили голосового бота на базе генеративного искусственного интеллекта: он принимает входящие звонки, " +
        "распознаёт речь клиента и сам решает 46% обращений без оператора.";

    [Fact]
    public async Task AnEntrantSeesNomination13FirstForAVoiceBotAndAnOrganiserSeesAFlaggedRowFirst()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = bound.Token;
        await using var browser = await HeadlessChromium.StartAsync(ct);
        // Whatever the page's Content-Security-Policy blocks is recorded from the first script on.
        await browser.SendAsync("Page.enable", cancellationToken: ct);
        await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source =
            "window.blocked = []; document.addEventListener('securitypolicyviolation', e => window.blocked.push(`${e.violatedDirective} ${e.blockedURI}`));" }, ct);
        await browser.NavigateAsync(server.Address, ct);
        await browser.WaitForAsync("document.querySelectorAll('#program option').length > 1", cancellationToken: ct);

        // An entrant pastes a Russian summary, picks the Russian programme and asks.
        await browser.TypeAsync("#summary", VoiceBot, ct);
        await browser.EvaluateAsync("document.querySelector('#program').value = 'ru-cca'", ct);
        await browser.TypeAsync("#filed", "ru-cca:14", ct);
        await browser.EvaluateAsync("document.querySelector('#recommend').click()", ct);
        await browser.WaitForAsync("document.querySelectorAll('#results li').length > 0", cancellationToken: ct);

        Assert.Equal("ru-cca:13", (await browser.EvaluateAsync("document.querySelector('#results > li').dataset.categoryId", ct)).GetString());
        Assert.Contains("ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", (await browser.EvaluateAsync("document.querySelector('#results li .title').textContent", ct)).GetString());
        Assert.Contains("artificial intelligence", (await browser.EvaluateAsync("document.querySelector('#results li .title-en').textContent", ct)).GetString());
        var redirect = (await browser.EvaluateAsync("document.querySelector('#redirect').hidden ? '' : document.querySelector('#redirect').textContent", ct)).GetString();
        Assert.Contains("ru-cca:14 → ru-cca:13", redirect);
        var marked = (await browser.EvaluateAsync("[...document.querySelectorAll('#highlighted mark')].map(m => m.textContent).join('|')", ct)).GetString()!;
        Assert.False(string.IsNullOrEmpty(marked), "no evidence is highlighted in the entrant's text");
        Assert.All(marked.Split('|'), m => Assert.Contains(m, VoiceBot));

        // An organiser uploads entries; the misfiled and redirected ones come first, flagged.
        var csv = Path.Combine(Path.GetTempPath(), $"entries-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv,
            "id,program,filedCategory,text\n" +
            $"right,ru-cca,ru-cca:13,\"{VoiceBot}\"\n" +
            $"rule,ru-cca,ru-cca:14,\"{VoiceBot}\"\n", ct);
        try
        {
            await browser.SetFileAsync("#csv-file", csv, ct);
            await browser.EvaluateAsync("document.querySelector('#audit-button').click()", ct);
            await browser.WaitForAsync("document.querySelectorAll('#verdicts tbody tr').length === 2", cancellationToken: ct);
        }
        finally
        {
            File.Delete(csv);
        }

        Assert.True((await browser.EvaluateAsync("document.querySelector('#verdicts tbody tr').classList.contains('flagged')", ct)).GetBoolean());
        Assert.Equal("rule", (await browser.EvaluateAsync("document.querySelector('#verdicts tbody tr td:nth-child(2)').textContent", ct)).GetString());
        Assert.Equal("redirect", (await browser.EvaluateAsync("document.querySelector('#verdicts tbody tr .verdict').textContent", ct)).GetString());
        Assert.False((await browser.EvaluateAsync("document.querySelector('#download').hidden", ct)).GetBoolean());
        // The page works under its Content-Security-Policy: nothing blocked, the confidence bars drawn.
        Assert.Equal("[]", (await browser.EvaluateAsync("JSON.stringify(window.blocked)", ct)).GetString());
        Assert.True((await browser.EvaluateAsync("document.querySelector('#results .bar span').getBoundingClientRect().width", ct)).GetDouble() > 0);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "web-page.png");
        await browser.ScreenshotAsync(screenshot, ct);
        output.WriteLine($"screenshot: {screenshot}");
    }

    [Fact]
    public async Task TheDownloadedVerdictsShowFormulaLikeIdsAsText()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = bound.Token;
        await using var browser = await HeadlessChromium.StartAsync(ct);
        await browser.NavigateAsync(server.Address, ct);
        var csv = Path.Combine(Path.GetTempPath(), $"entries-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "id,program,filedCategory,text\n" +
            string.Join("\n", SpreadsheetCells.FormulaIds.Select(id => $"{SpreadsheetCells.Quoted(id)},ru-cca,ru-cca:14,\"{VoiceBot}\"")) + "\n", ct);
        string saved;
        try   // the page reads the file again when Download is clicked, so it stays until then
        {
            await browser.SetFileAsync("#csv-file", csv, ct);
            await browser.EvaluateAsync("document.querySelector('#audit-button').click()", ct);
            await browser.WaitForAsync($"document.querySelectorAll('#verdicts tbody tr').length === {SpreadsheetCells.FormulaIds.Length}", cancellationToken: ct);

            // The organiser clicks Download; the file the page saves is the blob it hands to the link.
            await browser.EvaluateAsync("window.savedBlobs = []; const create = URL.createObjectURL; URL.createObjectURL = b => { window.savedBlobs.push(b); return create.call(URL, b); }", ct);
            await browser.EvaluateAsync("document.querySelector('#download').click()", ct);
            await browser.WaitForAsync("window.savedBlobs.length === 1", cancellationToken: ct);
            saved = (await browser.EvaluateAsync("window.savedBlobs[0].text()", ct)).GetString()!;
        }
        finally
        {
            File.Delete(csv);
        }

        SpreadsheetCells.AssertNoFormula(saved);
        Assert.Equal(SpreadsheetCells.FormulaIds.Select(id => "'" + id.Trim()), SpreadsheetCells.Read(saved).Skip(1).Select(r => r[1]));
    }
}
