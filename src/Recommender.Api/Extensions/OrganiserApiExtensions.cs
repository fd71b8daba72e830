using CategoryMatch.Core.Audit;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Scalar.AspNetCore;

namespace CategoryMatch.Api.Extensions;

/// <summary>Registers and maps what organisers and entrants use beyond a single ranking: audit, batch, the web page, the API reference, request limits.</summary>
public static class OrganiserApiExtensions
{
    /// <summary>Adds the auditor (thresholds from <c>Audit</c>), the batch recommender (bounded by <c>HeavyWork</c>), the OpenAPI document (servers from <c>OpenApi</c>) and the 2 MB body limit.</summary>
    public static IHostApplicationBuilder AddOrganiserApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The batch recommender and auditor, and how many audits and batches run at once, on how many threads.
        services.AddHeavyWorkLimits();
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = ApiLimits.MaxBodyBytes;
            o.AddServerHeader = false;   // "Server: Kestrel" only helps whoever looks for servers to attack
        });
        services.AddOptions<ApiReferenceOptions>().BindConfiguration(ApiReferenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer<OpenApiExamples>();
            o.AddDocumentTransformer<OpenApiServers>();
        });
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails += context =>
        {
            var problem = context.ProblemDetails;
            // A bare 415 (from routing or JSON binding) says what would have been accepted.
            if (problem.Status == StatusCodes.Status415UnsupportedMediaType && problem.Detail is null)
                problem.Detail = "Send 'application/json' (POST /api/audit also takes 'text/csv'); the request's content type was " +
                    $"'{context.HttpContext.Request.ContentType ?? "(none)"}'.";
            // A bare 413 names the limit: JSON binding answers a chunked body cut by the server with the status alone
            // (it reads the cut as the client's I/O failure, not as a bad request to throw).
            if (problem.Status == StatusCodes.Status413PayloadTooLarge && problem.Detail is null)
            {
                var tooLarge = BadRequestExceptionHandler.TooLarge(null);
                (problem.Title, problem.Detail) = (tooLarge.Title, tooLarge.Detail);
            }
        });
        return builder;
    }

    /// <summary>
    /// Answers 413 ProblemDetails for a declared body over <see cref="ApiLimits.MaxBodyBytes"/> before anything reads it;
    /// a chunked body is cut at the same size by the server (Kestrel), which the exception handler answers alike.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = ApiLimits.MaxBodyBytes;
            if (context.Request.ContentLength > ApiLimits.MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = BadRequestExceptionHandler.TooLarge(context.Request.ContentLength.Value),
                });
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Serves the web page (wwwroot) at <c>/</c>, the OpenAPI document at <c>/openapi/v1.json</c> and its reference page at <c>/scalar</c>.</summary>
    public static WebApplication MapWebPageAndReference(this WebApplication app)
    {
        app.UseDefaultFiles();
        // The page, its script and style: the page's Content-Security-Policy (never framed, nothing from elsewhere).
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PagePolicy,
        });
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("CategoryMatch API"));
        return app;
    }
}
