namespace CategoryMatch.Core.Examples;

/// <summary>What an upsert did.</summary>
/// <param name="Added">Examples that were new.</param>
/// <param name="Updated">Examples that replaced one with the same id.</param>
/// <param name="BuiltinIds">Ids refused because the builtin corpus uses them in this programme.</param>
public sealed record ExampleWriteResult(int Added, int Updated, IReadOnlyList<string> BuiltinIds);
