using Spectre.Console;

namespace CategoryMatch.Cli.Commands;

/// <summary>Runs a long job under a Spectre.Console progress bar when the console is interactive and the job is long.</summary>
public static class ProgressRunner
{
    /// <summary>Jobs with fewer items than this finish before a bar would help.</summary>
    public const int MinItemsForBar = 50;

    /// <summary>Runs <paramref name="job"/>, which reports how many of <paramref name="total"/> items are done.</summary>
    public static async Task<T> RunAsync<T>(string title, int total, Func<IProgress<int>?, Task<T>> job)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (total < MinItemsForBar || !console.Profile.Capabilities.Interactive) return await job(null);
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: total);
                return await job(new BarProgress(task));
            });
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<int>
    {
        // Reports come from several threads and out of order; the bar only moves forward.
        public void Report(int value)
        {
            lock (task) if (value > task.Value) task.Value = value;
        }
    }
}
