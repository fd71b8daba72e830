using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CategoryMatch.Api.Organisers;

/// <summary>
/// One window of writes per organiser key (<see cref="OrganisersOptions.WritesPerWindow"/> per
/// <see cref="OrganisersOptions.WriteWindow"/>), shared by every way of writing examples: uploads, deletions
/// and learning audits draw on the same permits, so no endpoint is a way around the limit. One organiser's
/// bulk upload does not slow another's.
/// </summary>
public sealed class OrganiserWriteLimit : IDisposable
{
    private readonly OrganisersOptions _options;
    private readonly PartitionedRateLimiter<string> _windows;

    /// <summary>Windows as <paramref name="options"/> say.</summary>
    public OrganiserWriteLimit(IOptions<OrganisersOptions> options)
    {
        _options = options.Value;
        _windows = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.WritesPerWindow,
            Window = _options.WriteWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>
    /// Takes a write of <paramref name="keyName"/>'s window: null when it may go ahead, else the 429 to answer
    /// (with <c>Retry-After</c> set on <paramref name="http"/>'s response).
    /// </summary>
    public ProblemHttpResult? TryWrite(HttpContext http, string keyName)
    {
        using var lease = _windows.AttemptAcquire(keyName);
        if (lease.IsAcquired) return null;
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes.",
            detail: $"A key may make {_options.WritesPerWindow} writes per {_options.WriteWindow}; send more examples per request, or wait.");
    }

    /// <inheritdoc />
    public void Dispose() => _windows.Dispose();
}
