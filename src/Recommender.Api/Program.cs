using CategoryMatch.Api.Apis;
using CategoryMatch.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecommender();
builder.AddOrganiserApi();

var app = builder.Build();
app.UseRecommenderErrors();
app.UseRequestLimits();
app.UseRequestDeadline();
app.MapWebPageAndReference();
app.MapHealthApi();
app.MapProgramsApi();
app.MapRecommendationsApi();
app.MapBatchRecommendationsApi();
app.MapAuditApi();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
