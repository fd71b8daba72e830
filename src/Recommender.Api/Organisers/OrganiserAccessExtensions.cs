using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CategoryMatch.Api.Organisers;

/// <summary>Organiser keys (authentication and the programme check) and the rate limit on organisers' writes.</summary>
public static class OrganiserAccessExtensions
{
    /// <summary>The authorization policy of the organiser endpoints: a known key that covers the route's programme.</summary>
    public const string Policy = "organiser";

    /// <summary>Adds <see cref="OrganisersOptions"/> (validated at start), the keyring, the bearer-key scheme, the policy and the write limit.</summary>
    public static IHostApplicationBuilder AddOrganiserAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OrganisersOptions>().BindConfiguration(OrganisersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrganiserKeyring>();
        // The authentication core, not AddAuthentication: a bearer key is checked against hashes and nothing is
        // issued, so there is nothing for ASP.NET's data protection to protect, and its key ring would be loaded
        // (on a fresh machine, written to disk) at every start, with the XML stack it reads (~4 MB of the API's
        // working set, README "Performance").
        services.AddAuthenticationCore(options => options.DefaultScheme = OrganiserKeyHandler.SchemeName);
        services.AddWebEncoders();
        services.TryAddSingleton(TimeProvider.System);
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, OrganiserKeyHandler>(OrganiserKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(OrganiserKeyHandler.SchemeName)
            .RequireAuthenticatedUser()
            .AddRequirements(new ProgrammeKeyRequirement()));
        services.AddSingleton<OrganiserWriteLimit>();
        return builder;
    }

    /// <summary>Authentication and authorization (the write limit is taken by the endpoints that write: <see cref="RequireOrganiserWriteLimit"/>).</summary>
    public static WebApplication UseOrganiserAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// Each request to the endpoint takes a write of its key's window (<see cref="OrganiserWriteLimit"/>), after
    /// authorization; beyond the limit it is answered 429 ProblemDetails with <c>Retry-After</c>, and nothing is written.
    /// </summary>
    public static RouteHandlerBuilder RequireOrganiserWriteLimit(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status429TooManyRequests).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return http.RequestServices.GetRequiredService<OrganiserWriteLimit>().TryWrite(http, http.User.Identity?.Name ?? "") is { } rejected
                ? rejected
                : await next(context);
        });
}
