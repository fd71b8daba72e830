using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Api.Extensions;

/// <summary>How long one HTTP request may take, all work and waits included. Bound from the configuration section <c>RequestDeadline</c>.</summary>
public sealed class RequestDeadlineOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "RequestDeadline";

    /// <summary>
    /// The whole request's deadline: past it, the work is cancelled and the request answers 503 ProblemDetails.
    /// The default leaves a 10,000-entry audit room on a busy two-core machine, while a request stuck on a
    /// slow dependency does not wait for minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
