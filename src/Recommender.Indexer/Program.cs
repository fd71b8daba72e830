using CategoryMatch.Indexer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Writes every category of data/ to Qdrant as a new collection version behind the alias `categories`:
//   dotnet run --project src/Recommender.Indexer -- --qdrant http://127.0.0.1:6333 [--data path/to/data]
// The URL may also come from Qdrant:Url (appsettings.json, environment Qdrant__Url, command line). The client
// talks gRPC on the URL's port + 1 (6334), or on --qdrant-grpc / Qdrant:GrpcUrl; Qdrant:ApiKey is passed through.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCategoryIndexer(args);
using var host = builder.Build();
return await host.Services.GetRequiredService<IndexerRun>().RunAsync(Console.Out, Console.Error);
