using BenchmarkDotNet.Running;
using CategoryMatch.Benchmarks;

// `compare`: the quick one-process comparison with the peer; `load`: a bounded HTTP load test;
// `stages`: time and allocation of each stage of one recommendation; `examples`: the example index at 100,000;
// `examples-load`: 10,000 examples through the organiser API; `examples-lookup`: the nearest-example lookup on Qdrant
// with 100,000 examples; `word-flood`, `audit-burst`: the API's memory and latency under issue 14's hostile and busy traffic;
// anything else goes to BenchmarkDotNet (e.g. --filter '*Single*').
return args.FirstOrDefault() switch
{
    "compare" => await Compare.RunAsync(args[1..]),
    "load" => await HttpLoad.RunAsync(args[1..]),
    "stages" => StageProfile.Run(args[1..]),
    "word-flood" => await WordFlood.RunAsync(args[1..]),
    "audit-burst" => await AuditBurst.RunAsync(args[1..]),
    "examples" => ExampleLookup.Run(args[1..]),
    "examples-load" => await ExampleLoad.RunAsync(args[1..]),
    "examples-lookup" => await QdrantExampleLookup.RunAsync(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args, new BenchmarkConfig());
    return 0;
}
