using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Admission of audits and batches (ASP.NET Core's rate limiter): a body over
/// <see cref="HeavyWorkOptions.LightBodyBytes"/> (declared, or found by reading ahead one sent chunked) takes one of
/// <see cref="HeavyWorkOptions.MaxConcurrent"/> places or waits in a queue of
/// <see cref="HeavyWorkOptions.QueueLength"/>; past that it is answered 503 ProblemDetails with <c>Retry-After</c>.
/// A request waits before its body is read (but for the first 64 KB of one sent chunked, read to learn its size),
/// so a waiting audit holds no entries in memory.
/// </summary>
public sealed class HeavyWorkPolicy(IOptions<HeavyWorkOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name, as endpoints require it.</summary>
    public const string Name = "heavy-work";

    private const string Light = "light", Heavy = "heavy";
    private readonly HeavyWorkOptions _options = options.Value;

    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        !IsHeavy(httpContext, _options)
            ? RateLimitPartition.GetNoLimiter(Light)
            : RateLimitPartition.GetConcurrencyLimiter(Heavy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = _options.MaxConcurrent,
                QueueLimit = _options.QueueLength,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });

    /// <summary>
    /// True when the request's body is over <see cref="HeavyWorkOptions.LightBodyBytes"/>: by its declared length,
    /// or, sent chunked, unless <see cref="MeasureChunkedBodyAsync"/> found it ended within.
    /// </summary>
    public static bool IsHeavy(HttpContext context, HeavyWorkOptions options) =>
        context.Request.ContentLength is { } length ? length > options.LightBodyBytes : !context.Items.ContainsKey(LightChunkedBody);

    /// <summary>Reads ahead a chunked body (at most <see cref="HeavyWorkOptions.LightBodyBytes"/> + 1 bytes) to learn whether it is light.</summary>
    public static async Task MeasureChunkedBodyAsync(HttpContext context, HeavyWorkOptions options)
    {
        if (await PeekedBody.EndsWithinAsync(context.Request, options.LightBodyBytes, context.RequestAborted)) context.Items[LightChunkedBody] = true;
    }

    private static readonly object LightChunkedBody = new();

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.Headers[HeaderNames.RetryAfter] = _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        // A problem result writes JSON whatever the request's Accept says (the page's download asks for CSV).
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The server is busy with other audits and batches.",
            detail: $"Audits and batches over {_options.LightBodyBytes / 1024} KB run {_options.MaxConcurrent} at a time with " +
                    $"{_options.QueueLength} waiting, and every place is taken: this one was not started. " +
                    $"Send it again in {_options.RetryAfterSeconds} s (Retry-After).")
            .ExecuteAsync(http);
    }
}
