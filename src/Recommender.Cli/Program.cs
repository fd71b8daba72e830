using System.CommandLine;
using CategoryMatch.Cli.Commands;

var root = new RootCommand("CategoryMatch command line: evaluate the recommender, explain one text, audit filed entries, rank files of entries.");
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(LearningCurveCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(AuditThresholdsCommand.Create());
root.Subcommands.Add(LexiconAuditCommand.Create());
root.Subcommands.Add(LexiconGapsCommand.Create());
root.Subcommands.Add(LexiconFormCommand.Create());
return await root.Parse(args).InvokeAsync();
