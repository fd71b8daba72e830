namespace CategoryMatch.Tests.Qdrant;

/// <summary>The tests that share the real Qdrant server; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class QdrantCollection : ICollectionFixture<QdrantFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Qdrant";
}
