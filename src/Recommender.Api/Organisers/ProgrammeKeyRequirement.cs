using Microsoft.AspNetCore.Authorization;

namespace CategoryMatch.Api.Organisers;

/// <summary>
/// The organiser's key must cover the programme the route names (<c>{id}</c>); a route without one
/// (the audit) checks the programmes of its entries itself.
/// </summary>
public sealed class ProgrammeKeyRequirement : AuthorizationHandler<ProgrammeKeyRequirement>, IAuthorizationRequirement
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProgrammeKeyRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetRouteValue("id") is string program)
        {
            if (context.User.HasClaim(OrganiserKeyHandler.ProgramClaim, program)) context.Succeed(requirement);
        }
        else
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
