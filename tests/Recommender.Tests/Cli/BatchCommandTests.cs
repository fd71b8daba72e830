using System.CommandLine;
using System.Text.Json;
using CategoryMatch.Cli.Commands;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Cli;

/// <summary><c>categorymatch batch … -o ranked.jsonl</c>: one JSON line per entry, text as text.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("categorymatch-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task JsonLinesCarryTitlesInTheirOwnLettersAndEscapeHtmlSensitiveCharacters()
    {
        var input = Path.Combine(_folder, "entries.csv");
        var output = Path.Combine(_folder, "ranked.jsonl");
        await File.WriteAllTextAsync(input, $"""
            id,program,text
            <ru&1>,ru-cca,"{SampleSummaries.RussianAiVoiceBot}"
            el-1,gr-csa,"Το κέντρο επικοινωνίας μας απαντά σε κλήσεις και μηνύματα πελατών όλο το εικοσιτετράωρο."
            """);

        var code = await new RootCommand { BatchCommand.Create() }
            .Parse(["batch", input, "-o", output, "--top", "2", "--data", TestPaths.Data]).InvokeAsync();

        Assert.Equal(0, code);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":\"\\u003Cru\\u00261\\u003E\"", lines[0]);
        foreach (var line in lines)
        {
            var title = JsonDocument.Parse(line).RootElement.GetProperty("results")[0].GetProperty("title").GetString()!;
            Assert.Contains(title, line);
            Assert.DoesNotContain("\\u04", line);   // Cyrillic
            Assert.DoesNotContain("\\u03", line);   // Greek
        }
    }
}
