using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>A broken corpus line stops reading with a message naming the file, the line and the field.</summary>
public sealed class LabelledCorpusTests : IDisposable
{
    private const string Text = "Our contact centre team of 40 people answers calls, chats and emails for a regional water utility.";
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AWellFormedLineIsReadWithItsWriterGenreAndKind()
    {
        Write("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":["ru-cca:51"],"acceptable":["ru-cca:52"],"filed":"ru-cca:52","writer":"W01","genre":"one-liner","subject":"team","reviewer":"W02"}""");

        var example = Assert.Single(LabelledCorpus.Read(_folder, Models.Real.Catalog).Examples);

        Assert.Equal(("W01", "one-liner", "W02", "team"), (example.Writer, example.Genre, example.Reviewer, example.Subject));
        Assert.Equal(["ru-cca:52"], example.Acceptable);
        Assert.Equal("redirect", LabelledCorpus.KindOf(example, Models.Real.Catalog));   // 52 sends teams of at most 100 to 51
    }

    [Theory]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":["ru-cca:51"],"genre":"news"}""", "'writer' is missing")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":["gr-csa:5"],"writer":"W01","genre":"news"}""", "'expected' names 'gr-csa:5', which is not a category of ru-cca")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"de","text":"TEXT","expected":[],"writer":"W01","genre":"news"}""", "'lang' is 'de'")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":[],"writer":"W01","genre":"poem"}""", "'genre' is 'poem'")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"Too short.","expected":[],"writer":"W01","genre":"news"}""", "'text' has 10 characters")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","writer":"W01","genre":"news"}""", "'expected' is missing")]
    [InlineData("""{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":["ru-cca:51"],"writer":"W01","genre":"news"} trailing""", "line 1")]
    public void ABrokenLineNamesTheFileTheLineAndTheField(string line, string message)
    {
        Write(line);

        var error = Assert.Throws<InvalidDataException>(() => LabelledCorpus.Read(_folder, Models.Real.Catalog));

        Assert.Contains("ru-cca.en.jsonl: line 1", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void AnIdUsedTwiceIsRefused()
    {
        var line = """{"id":"x1","program":"ru-cca","lang":"en","text":"TEXT","expected":["ru-cca:51"],"writer":"W01","genre":"news"}""";
        Write(line, line);

        var error = Assert.Throws<InvalidDataException>(() => LabelledCorpus.Read(_folder, Models.Real.Catalog));

        Assert.Contains("line 2: the id 'x1' is used twice", error.Message);
    }

    private void Write(params string[] lines) =>
        File.WriteAllLines(Path.Combine(_folder, "ru-cca.en.jsonl"), lines.Select(l => l.Replace("TEXT", Text)));
}
