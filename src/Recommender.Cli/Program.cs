using System.CommandLine;
using CategoryMatch.Cli.Commands;

var root = new RootCommand("CategoryMatch command line: evaluate the recommender, explain one text.");
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
return await root.Parse(args).InvokeAsync();
