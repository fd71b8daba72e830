using System.Diagnostics;
using CategoryMatch.Core;
using CategoryMatch.Core.Catalog;

// Builds the category index from data/: validates the catalog, the lexicon and the language data,
// and embeds every category, printing what it built. A broken data file exits 1 with its message.
var dataArg = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault();
var clock = Stopwatch.StartNew();
try
{
    var model = RecommenderModel.Load(RecommenderModel.LocateDataDirectory(dataArg, Environment.CurrentDirectory));
    foreach (var programme in model.Catalog.Programmes)
        Console.WriteLine($"{programme.Id,-8} {programme.Language}  {programme.Categories.Count,3} categories  {programme.Categories.Sum(c => c.Redirects.Count),3} redirect rules");
    var terms = model.CategoryVectors.Sum(v => v.Terms.Indices.Length);
    Console.WriteLine($"embedded {model.CategoryVectors.Count} categories: {model.Encoder.Dimensions}-dimension concept vectors, {terms} term weights, in {clock.ElapsedMilliseconds} ms");
    return 0;
}
catch (DataFileException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
