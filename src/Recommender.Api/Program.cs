using CategoryMatch.Api.Apis;
using CategoryMatch.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecommender();

var app = builder.Build();
app.UseRecommenderErrors();
app.MapHealthApi();
app.MapProgramsApi();
app.MapRecommendationsApi();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
