using System.Numerics.Tensors;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Neural;
using Microsoft.Extensions.AI;

namespace CategoryMatch.Tests.Neural;

/// <summary>The ONNX embedder on a tiny model the test writes: tokenise, run, pool, normalise, batch, prefix.</summary>
public sealed class OnnxEmbeddingGeneratorTests : IDisposable
{
    private static readonly string[] Vocabulary =
        ["query", "passage", ":", "voice", "bot", "answers", "calls", "chat", "handles", "messages", "bakery", "bread", "sells", "the", "a"];

    private readonly TinyBertModel _model = TinyBertModel.Write(Vocabulary);

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task EveryEmbeddingHasUnitLengthAndTheModelsWidth()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options());

        var embeddings = await generator.GenerateAsync(["A voice bot answers calls", "The bakery sells bread"]);

        Assert.Equal(_model.Hidden, generator.Dimensions);
        Assert.All(embeddings, e => Assert.Equal(_model.Hidden, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1f, TensorPrimitives.Norm(e.Vector.Span), 4));
        Assert.All(embeddings, e => Assert.Equal("model", e.ModelId));
    }

    [Fact]
    public async Task TextsThatShareWordsAreCloserThanTextsThatDoNot()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options());

        var e = await generator.GenerateAsync(["A voice bot answers calls", "The voice bot handles calls", "The bakery sells bread"]);

        var shared = TensorPrimitives.Dot(e[0].Vector.Span, e[1].Vector.Span);
        var unrelated = TensorPrimitives.Dot(e[0].Vector.Span, e[2].Vector.Span);
        Assert.True(shared > 0.6f, $"shared words: {shared}");
        Assert.True(shared > unrelated + 0.3f, $"shared {shared}, unrelated {unrelated}");
    }

    [Fact]
    public async Task MeanPoolingAveragesTheWordVectorsTheMaskKeeps()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options());

        var e = await generator.GenerateAsync(["voice bot", "voice bot zebra quagga"]);

        // [CLS], [SEP] and unknown words are zero vectors in this model, so "voice bot" is the mean of its two
        // words' rows, normalised; words the vocabulary lacks change the mean's length only, not its direction.
        var mean = new float[_model.Hidden];
        TensorPrimitives.Add(_model.VectorOf("voice"), _model.VectorOf("bot"), mean);
        TensorPrimitives.Divide(mean, TensorPrimitives.Norm(mean), mean);
        Assert.Equal(mean, e[0].Vector.ToArray(), new FloatTolerance(1e-5f));
        Assert.Equal(e[0].Vector.ToArray(), e[1].Vector.ToArray(), new FloatTolerance(1e-5f));
    }

    [Fact]
    public async Task BatchingGivesTheSameVectorsAsOneTextAtATime()
    {
        string[] texts = ["voice bot", "A voice bot answers calls and chat messages", "bread", "The bakery sells bread", "chat", "a chat bot handles messages"];
        using var batched = new OnnxEmbeddingGenerator(_model.Options(batchSize: 4));
        using var single = new OnnxEmbeddingGenerator(_model.Options(batchSize: 1));

        var together = await batched.GenerateAsync(texts);
        var alone = new List<Embedding<float>>();
        foreach (var text in texts) alone.Add((await single.GenerateAsync([text]))[0]);

        Assert.Equal(texts.Length, together.Count);
        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(alone[i].Vector.ToArray(), together[i].Vector.ToArray(), new FloatTolerance(1e-6f));
    }

    [Fact]
    public async Task QueriesAndPassagesGetTheirConfiguredPrefixes()
    {
        using var prefixed = new OnnxEmbeddingGenerator(_model.Options(queryPrefix: "query: ", passagePrefix: "passage: "));
        using var plain = new OnnxEmbeddingGenerator(_model.Options());

        var query = (await prefixed.GenerateAsync(["voice bot"]))[0];
        var passage = (await prefixed.GenerateAsync(["voice bot"], EmbeddingPurpose.For(EmbeddingPurpose.Passage)))[0];
        var written = await plain.GenerateAsync(["query: voice bot", "passage: voice bot", "voice bot"]);

        Assert.Equal(written[0].Vector.ToArray(), query.Vector.ToArray(), new FloatTolerance(1e-6f));
        Assert.Equal(written[1].Vector.ToArray(), passage.Vector.ToArray(), new FloatTolerance(1e-6f));
        Assert.NotEqual(written[2].Vector.ToArray(), query.Vector.ToArray(), new FloatTolerance(1e-3f));
    }

    [Fact]
    public async Task LongTextsAreCutToTheMaximumLength()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options(maxLength: 8));

        // [CLS] + 6 words + [SEP]: the words after the sixth never reach the model.
        var cut = await generator.GenerateAsync(["voice bot answers calls voice bot bakery bread sells", "voice bot answers calls voice bot"]);

        Assert.Equal(cut[1].Vector.ToArray(), cut[0].Vector.ToArray(), new FloatTolerance(1e-6f));
    }

    [Fact]
    public async Task AModelThatDeclaresTokenTypeIdsGetsThem()
    {
        using var typed = TinyBertModel.Write(Vocabulary, withTokenTypes: true);
        using var generator = new OnnxEmbeddingGenerator(typed.Options());
        using var untyped = new OnnxEmbeddingGenerator(_model.Options());

        var withTypes = await generator.GenerateAsync(["voice bot answers calls"]);
        var without = await untyped.GenerateAsync(["voice bot answers calls"]);

        // Same seed, same words; segment 0 adds nothing, so the embeddings agree.
        Assert.Equal(without[0].Vector.ToArray(), withTypes[0].Vector.ToArray(), new FloatTolerance(1e-6f));
    }

    [Fact]
    public async Task ConcurrentCallsShareOneSession()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options(batchSize: 2));
        var expected = (await generator.GenerateAsync(["voice bot answers calls"]))[0].Vector.ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => generator.GenerateAsync(["voice bot answers calls", "bread"]))));

        Assert.All(results, r => Assert.Equal(expected, r[0].Vector.ToArray(), new FloatTolerance(1e-6f)));
    }

    [Fact]
    public async Task ADisposedGeneratorRefusesWork()
    {
        var generator = new OnnxEmbeddingGenerator(_model.Options());
        generator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["voice"]));
    }

    [Fact]
    public void AMissingModelFileIsAClearError()
    {
        var options = _model.Options();
        options.ModelPath = Path.Combine(_model.Directory, "missing.onnx");

        var error = Assert.Throws<NeuralModelException>(() => new OnnxEmbeddingGenerator(options));

        Assert.Contains("missing.onnx", error.Message);
        Assert.Contains("Neural:ModelPath", error.Message);
    }

    [Fact]
    public void AFileThatIsNotAModelIsAClearError()
    {
        var options = _model.Options();
        options.ModelPath = _model.VocabularyPath;

        var error = Assert.Throws<NeuralModelException>(() => new OnnxEmbeddingGenerator(options));

        Assert.Contains("could not load the model", error.Message);
    }

    [Fact]
    public void TheGeneratorDescribesItselfThroughMetadata()
    {
        using var generator = new OnnxEmbeddingGenerator(_model.Options());

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("onnx", metadata.ProviderName);
        Assert.Equal(_model.Hidden, metadata.DefaultModelDimensions);
    }
}
