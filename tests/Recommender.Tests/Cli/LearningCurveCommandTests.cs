using System.CommandLine;
using CategoryMatch.Cli.Commands;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Cli;

/// <summary><c>categorymatch learning-curve</c>: a writer with nothing to score in the programmes asked for is a clear error.</summary>
public sealed class LearningCurveCommandTests
{
    [Fact]
    public async Task AWriterWithNoTextInTheProgrammesAskedForIsRefusedWithExitCodeTwo()
    {
        // S05 wrote ru-cca's archive only, so it has nothing to score in gr-csa (it used to end in an unhandled exception).
        var error = new StringWriter();
        var before = Console.Error;
        Console.SetError(error);
        try
        {
            var code = await new RootCommand { LearningCurveCommand.Create() }
                .Parse(["learning-curve", "--programmes", "gr-csa", "--writer", "S05", "--data", TestPaths.Data]).InvokeAsync();

            Assert.Equal(2, code);
            Assert.Contains("S05 wrote no in-domain text of gr-csa", error.ToString());
        }
        finally
        {
            Console.SetError(before);
        }
    }
}
