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

    /// <summary>Qdrant's default gRPC port, used when <see cref="Url"/> names no port.</summary>
    public const int DefaultGrpcPort = 6334;

    /// <summary>
    /// The server as people know it, by its REST URL, e.g. <c>http://127.0.0.1:6333</c>. The client talks
    /// gRPC on the next port (6333 → 6334, as Qdrant listens by default) unless <see cref="GrpcUrl"/> says
    /// otherwise. Empty (with no <see cref="GrpcUrl"/>) means: no Qdrant, use the embedded index.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>The gRPC endpoint, e.g. <c>http://127.0.0.1:6334</c>, when it is not <see cref="Url"/>'s port + 1.</summary>
    public string? GrpcUrl { get; set; }

    /// <summary>The API key Qdrant asks for (sent as the <c>api-key</c> header on every call); empty for none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The alias that always names the last complete category collection.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Alias { get; set; } = "categories";

    /// <summary>Longest wait for one attempt: the gRPC deadline of each call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for a call, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Retries after <c>Unavailable</c>, <c>DeadlineExceeded</c>, <c>ResourceExhausted</c> or <c>Aborted</c>.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 2;

    /// <summary>Delay before the first retry; it doubles (with jitter) for each next one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Points per upsert request.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// Entries whose candidates are retrieved in one request (Qdrant's query batch): a batch or an audit of
    /// N entries makes about N / QueryBatchSize round trips instead of N.
    /// </summary>
    [Range(1, 1_000)]
    public int QueryBatchSize { get; set; } = 64;

    /// <summary>
    /// <c>/health</c> reports Qdrant as degraded when even its fastest answer to the health check took this long:
    /// it still answers, but every request waits on it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan DegradedLatency { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long the API trusts the catalog fingerprint it last read from the collection behind the alias
    /// before reading it again (an indexer run may have moved the alias meanwhile); <c>/health</c> always reads it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CatalogRefresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the indexers' lock stays valid without being renewed (its holder renews it every third of
    /// this): the lock of an indexer that was killed is taken over once this has passed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.300", "01:00:00")]
    public TimeSpan LockLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an indexer waits for another one's lock before it gives up.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LockWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>True when a URL is configured, i.e. Qdrant is to be used.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url) || !string.IsNullOrWhiteSpace(GrpcUrl);

    /// <summary>The gRPC endpoint: <see cref="GrpcUrl"/>, or <see cref="Url"/> with its port + 1 (6334 when it names none).</summary>
    public Uri GrpcAddress
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(GrpcUrl)) return new Uri(GrpcUrl, UriKind.Absolute);
            var rest = new Uri(Url!, UriKind.Absolute);
            return new UriBuilder(rest.Scheme, rest.Host, rest.IsDefaultPort ? DefaultGrpcPort : rest.Port + 1).Uri;
        }
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(Url), Url), (nameof(GrpcUrl), GrpcUrl) })
            if (!string.IsNullOrWhiteSpace(value) && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                yield return new ValidationResult($"Qdrant:{name} '{value}' is not an absolute http(s) URL.", [name]);
        if (TotalTimeout < AttemptTimeout)
            yield return new ValidationResult("Qdrant:TotalTimeout must be at least Qdrant:AttemptTimeout.", [nameof(TotalTimeout)]);
    }
}
