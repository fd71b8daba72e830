using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Examples;

public sealed class ExampleEncodingTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("categorymatch-encoding-").FullName;

    [Fact]
    public void AStoredVectorReadsBackAsWrittenAndBytesOfAnotherLengthAreRefused()
    {
        var vector = ExampleVectors.Of(Models.Real.Encoder.Encode("Голосовой бот на базе генеративного ИИ принимает звонки."));

        var back = ExampleEncoding.FromBytes(ExampleEncoding.ToBytes(vector));

        Assert.Equal(vector.Indices, back.Indices);
        Assert.Equal(vector.Values, back.Values);
        Assert.Empty(ExampleEncoding.FromBytes(ExampleEncoding.ToBytes(SparseVector.Empty)).Indices);
        Assert.Throws<InvalidDataException>(() => ExampleEncoding.FromBytes(ExampleEncoding.ToBytes(vector)[..^1]));
        Assert.Throws<InvalidDataException>(() => ExampleEncoding.FromBytes([1, 0]));
    }

    [Fact]
    public void TheFingerprintFollowsTheFilesTheEncoderReadsAndNoOthers()
    {
        Write("concepts/ai.yaml", "concepts: [ai]");
        Write("languages/ru.yaml", "stopwords: [и]");
        var before = ExampleEncoding.Of(Models.Real, _data).Fingerprint;

        Write("examples/W01.jsonl", "{}");
        Write("models/ranker-v2.md", "a card");
        var unrelated = ExampleEncoding.Of(Models.Real, _data).Fingerprint;
        Write("languages/ru.yaml", "stopwords: [и, а]");
        var changed = ExampleEncoding.Of(Models.Real, _data).Fingerprint;

        Assert.Equal(before, unrelated);
        Assert.NotEqual(before, changed);
        Assert.Equal(64, changed.Length);
    }

    [Fact]
    public void ItEncodesATextAsTheInMemoryIndexDoes()
    {
        const string text = "Команда из девяти операторов ответила на 40 000 звонков во время паводка.";

        var vector = ExampleEncoding.Of(Models.Real, TestPaths.Data).Encode(text);

        Assert.Equal(ExampleVectors.Of(Models.Real.Encoder.Encode(text)).Indices, vector.Indices);
    }

    private void Write(string name, string content)
    {
        var path = Path.Combine(_data, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
