using CategoryMatch.Api.Apis;
using CategoryMatch.Api.Extensions;
using CategoryMatch.Api.Organisers;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecommender();
builder.AddOrganiserApi();
builder.AddOrganiserAccess();
builder.AddExampleStore();

var app = builder.Build();
app.UseRecommenderErrors();
app.UseRequestLimits();
app.UseOrganiserAccess();
app.MapWebPageAndReference();
app.MapHealthApi();
app.MapProgramsApi();
app.MapRecommendationsApi();
app.MapBatchRecommendationsApi();
app.MapAuditApi();
app.MapExamplesApi();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
