namespace CategoryMatch.Tests.Qdrant;

/// <summary>
/// The tests that run the real Qdrant server. xunit runs them one after another, and after every parallel
/// test, alone: they kill, pause and slow the server and time the API's answers, which other tests building
/// hosts and loading the machine beside them would disturb (and two WebApplicationFactory hosts built at
/// once can take each other's settings). So their <c>[Fact(Timeout = ...)]</c> bounds are defined.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QdrantCollection : ICollectionFixture<QdrantFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Qdrant";
}
