using System.Net.Http.Json;
using CategoryMatch.Core;
using CategoryMatch.Core.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Issue 14's word flood, scaled down: batches of 100 random words of 19,000 letters (the most a 2 MB batch
/// carries), every word new. The GC heap is measured, so these run alone, in the load collection.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class WordFloodTests(ITestOutputHelper output)
{
    private const int Batches = 6;
    // What the heap may keep after 600 such words. Caches bounded in bytes keep none of them (they are longer
    // than CacheBudget.MaxWordLength): measured +4.6 to +6.4 MB (buffers and pools the first large bodies size,
    // not the words). Caches bounded only by word count, as before issue 14, keep each word three times over
    // (the word, its normal form, its stem): +72 to +73 MB.
    private const long HeapBoundBytes = 24L * 1024 * 1024;

    [Fact]
    public async Task AFloodOfLongRandomWordsLeavesTheHeapWhereItWasAndEveryCacheWithinItsBudget()
    {
        await using var api = new ApiFactory();

        var growth = await FloodAsync(api);

        Assert.True(growth < HeapBoundBytes, $"the GC heap kept {growth / 1e6:F1} MB after {Batches * 100} long words");
        var model = api.Services.GetRequiredService<RecommenderModel>();
        var budget = api.Services.GetRequiredService<IOptions<CacheBudget>>().Value;
        foreach (var language in TextAnalyzer.SupportedLanguages)
        {
            Assert.InRange(model.Analyzer.CachedWordBytes(language), 0, budget.WordBytesPerLanguage);
            Assert.InRange(model.Lexicon.CachedFormBytes(language), 0, budget.FormBytesPerLanguage);
        }
    }

    [Fact]
    public async Task TheHeapBoundCatchesAServerWhoseCachesRememberEveryWord()
    {
        // The caches as they were: no length limit, and a budget no flood reaches.
        await using var api = new ApiFactory();
        await using var unbounded = api.WithWebHostBuilder(b => b
            .UseSetting("CacheBudget:MaxWordLength", "20000")
            .UseSetting("CacheBudget:WordBytesPerLanguage", $"{1L << 30}")
            .UseSetting("CacheBudget:FormBytesPerLanguage", $"{1L << 30}"));

        var growth = await FloodAsync(unbounded);

        Assert.True(growth >= HeapBoundBytes, $"a server remembering every word kept only {growth / 1e6:F1} MB");
    }

    // Heap growth after full compacting collections, from after one warm-up batch of short words to after the flood.
    private async Task<long> FloodAsync(WebApplicationFactory<Program> api)
    {
        using var http = api.CreateClient();
        var random = new Random(14);
        await PostBatchAsync(http, random, 12);
        var before = Heap();
        for (var b = 0; b < Batches; b++) await PostBatchAsync(http, random, 19_000);
        var growth = Heap() - before;
        output.WriteLine($"GC heap growth after {Batches} batches of 100 words of 19,000 letters: {growth / 1e6:F1} MB");
        return growth;
    }

    private static async Task PostBatchAsync(HttpClient http, Random random, int length)
    {
        var entries = Enumerable.Range(0, 100).Select(i => new
        {
            id = $"w{i}",
            text = string.Create(length, random, (chars, r) => { for (var c = 0; c < chars.Length; c++) chars[c] = (char)('a' + r.Next(26)); }),
        }).ToArray();
        using var response = await http.PostAsJsonAsync("/api/recommendations/batch", new { top = 1, entries });
        Assert.Equal(200, (int)response.StatusCode);
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
