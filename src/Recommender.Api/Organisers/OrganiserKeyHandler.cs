using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Organisers;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the organiser keyring and answers a missing or
/// unknown key with 401, a key for another programme with 403, both as ProblemDetails. The key is never
/// logged: failures name only what was wrong, successes only the key's holder.
/// </summary>
public sealed class OrganiserKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    OrganiserKeyring keyring, IProblemDetailsService problemDetails) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeName = "OrganiserKey";

    /// <summary>The claim naming a programme the key covers, one per programme.</summary>
    public const string ProgramClaim = "program";

    private const string Bearer = "Bearer ";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length == Bearer.Length)
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not 'Bearer <key>'."));
        if (keyring.Find(header[Bearer.Length..].Trim()) is not { } key)
            return Task.FromResult(AuthenticateResult.Fail("The organiser key is not known."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), .. key.Programs.Select(p => new Claim(ProgramClaim, p))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "An organiser key is required.",
            Detail = result.Failure is { } failure
                ? $"{failure.Message} Send 'Authorization: Bearer <key>' with a key the operator configured."
                : "Send 'Authorization: Bearer <key>' with a key the operator configured for this programme.",
        });
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var covered = Context.User.FindAll(ProgramClaim).Select(c => c.Value).ToList();
        await WriteAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "This key is not for that programme.",
            Detail = $"The key of '{Context.User.Identity?.Name}' covers {string.Join(", ", covered)}, " +
                $"not '{Context.GetRouteValue("id")}'.",
        });
    }

    private async Task WriteAsync(ProblemDetails details) =>
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = details });
}
