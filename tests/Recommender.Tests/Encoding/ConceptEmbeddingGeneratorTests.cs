using System.Numerics.Tensors;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Tests.Support;
using Microsoft.Extensions.AI;

namespace CategoryMatch.Tests.Encoding;

public sealed class ConceptEmbeddingGeneratorTests
{
    private static readonly IEmbeddingGenerator<string, Embedding<float>> Generator = new ConceptEmbeddingGenerator(Models.Real.Encoder);

    private static async Task<float> Similarity(string a, string b)
    {
        var embeddings = await Generator.GenerateAsync([a, b]);
        return TensorPrimitives.CosineSimilarity(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
    }

    [Fact]
    public async Task TheSameIdeaInTwoLanguagesIsCloserThanTwoIdeasInOneLanguage()
    {
        const string greekChatbot = "Το ψηφιακό βοηθό συνομιλίας απαντά στους πελάτες στο chat της εφαρμογής.";
        const string russianChatbot = "Чат-бот отвечает клиентам в чате мобильного приложения.";
        const string russianCollections = "Команда занимается взысканием просроченной задолженности по кредитам.";

        var sameIdea = await Similarity(greekChatbot, russianChatbot);
        var otherIdea = await Similarity(russianChatbot, russianCollections);

        Assert.True(sameIdea > otherIdea + 0.2f, $"same idea {sameIdea:F3}, other idea {otherIdea:F3}");
    }

    [Fact]
    public async Task EmbeddingsHaveTheLexiconsDimensionsAndUnitLength()
    {
        var embeddings = await Generator.GenerateAsync(["Our agents work from home three days a week."]);
        var vector = embeddings[0].Vector.Span;

        Assert.Equal(Models.Real.Lexicon.Concepts.Count, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 3);
        Assert.Equal(ConceptEmbeddingGenerator.ModelId, embeddings[0].ModelId);
    }

    [Fact]
    public void MetadataNamesTheModelAndItsDimensions()
    {
        var metadata = Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(ConceptEmbeddingGenerator.ModelId, metadata.DefaultModelId);
        Assert.Equal(Models.Real.Encoder.Dimensions, metadata.DefaultModelDimensions);
    }
}
