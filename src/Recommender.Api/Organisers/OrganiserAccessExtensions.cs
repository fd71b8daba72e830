using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Organisers;

/// <summary>Organiser keys (authentication and the programme check) and the rate limit on organisers' writes.</summary>
public static class OrganiserAccessExtensions
{
    /// <summary>The authorization policy of the organiser endpoints: a known key that covers the route's programme.</summary>
    public const string Policy = "organiser";

    /// <summary>The rate-limiting policy of organisers' writes, one window per key.</summary>
    public const string WritesPolicy = "organiser-writes";

    /// <summary>Adds <see cref="OrganisersOptions"/> (validated at start), the keyring, the bearer-key scheme, the policy and the write limit.</summary>
    public static IHostApplicationBuilder AddOrganiserAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OrganisersOptions>().BindConfiguration(OrganisersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrganiserKeyring>();
        services.AddAuthentication(OrganiserKeyHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, OrganiserKeyHandler>(OrganiserKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(OrganiserKeyHandler.SchemeName)
            .RequireAuthenticatedUser()
            .AddRequirements(new ProgrammeKeyRequirement()));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by the key's holder: one organiser's bulk upload does not slow another's.
            limiter.AddPolicy(WritesPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<OrganisersOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.User.Identity?.Name ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.WritesPerWindow,
                    Window = options.WriteWindow,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<OrganisersOptions>>().Value;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many writes.",
                        Detail = $"A key may make {options.WritesPerWindow} writes per {options.WriteWindow}; send more examples per request, or wait.",
                    },
                });
            };
        });
        return builder;
    }

    /// <summary>
    /// Authentication and authorization. The write limit (per authenticated key) is applied by the one rate-limiter
    /// middleware <see cref="CategoryMatch.Api.Extensions.HeavyWorkExtensions.UseHeavyWorkLimits"/> adds after this: a
    /// second one here would judge a chunked audit before its size is known and turn small batches away.
    /// </summary>
    public static WebApplication UseOrganiserAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
