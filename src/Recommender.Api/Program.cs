using CategoryMatch.Api.Apis;
using CategoryMatch.Api.Extensions;
using CategoryMatch.Api.Organisers;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecommender();
builder.AddOrganiserApi();
builder.AddOrganiserAccess();
builder.AddExampleStore();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseRecommenderErrors();
app.UseRequestLimits();
app.UseKnownBodyEncodings();
app.UseRequestDeadline();
app.UseOrganiserAccess();
app.UseHeavyWorkLimits();
app.MapWebPageAndReference();
app.MapHealthApi();
app.MapProgramsApi();
app.MapRecommendationsApi();
app.MapBatchRecommendationsApi().RequireHeavyWorkLimits();
app.MapAuditApi().RequireHeavyWorkLimits();
app.MapExamplesApi();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
