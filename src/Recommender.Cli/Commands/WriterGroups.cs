using System.CommandLine;
using CategoryMatch.Core.Learning;

namespace CategoryMatch.Cli.Commands;

/// <summary>The <c>--writer-groups</c> option of <c>train</c> and <c>evaluate --cross-writers</c> (<see cref="LearningOptions.HeldOutWriterGroups"/>).</summary>
public static class WriterGroups
{
    /// <summary>A new instance of the option (each command holds its own).</summary>
    public static Option<int> Option() => new("--writer-groups")
    {
        Description = "Held-out-writer folds: the writers dealt into this many groups, each left out in turn (0: one writer at a time).",
        DefaultValueFactory = _ => new LearningOptions().HeldOutWriterGroups,
    };
}
