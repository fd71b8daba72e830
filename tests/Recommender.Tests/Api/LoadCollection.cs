namespace CategoryMatch.Tests.Api;

/// <summary>
/// The load tests measure the memory of the whole test process, so xunit runs them alone, after the
/// parallel tests: another test allocating beside them would be counted as their growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Load";
}
