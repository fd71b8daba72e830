using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// Where Qdrant is and how long to wait for it. Bound from the configuration section <c>Qdrant</c>.
/// The defaults suit the API, which must answer (if only with a 503) within two seconds; the indexer
/// raises the timeouts in its own settings.
/// </summary>
public sealed class QdrantOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Qdrant";

    /// <summary>The REST endpoint, e.g. <c>http://127.0.0.1:6333</c>. Empty means: no Qdrant, use the embedded index.</summary>
    public string? Url { get; set; }

    /// <summary>The alias that always names the last complete category collection.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Alias { get; set; } = "categories";

    /// <summary>Longest wait for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for a call, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Retries after a connection error, a timeout or a 5xx.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 2;

    /// <summary>Delay before the first retry; it doubles (with jitter) for each next one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Points per upsert request.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 32;

    /// <summary>True when a URL is configured, i.e. Qdrant is to be used.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The URL as a base address ending in '/', so relative paths keep any path prefix.</summary>
    public Uri BaseAddress => new(Url!.TrimEnd('/') + "/", UriKind.Absolute);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            yield return new ValidationResult($"Qdrant:Url '{Url}' is not an absolute http(s) URL.", [nameof(Url)]);
        if (TotalTimeout < AttemptTimeout)
            yield return new ValidationResult("Qdrant:TotalTimeout must be at least Qdrant:AttemptTimeout.", [nameof(TotalTimeout)]);
    }
}
