using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Core.Examples;

/// <summary>Where labelled examples are kept. Bound from the configuration section <c>Examples</c>.</summary>
public sealed class ExampleStoreOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Examples";

    /// <summary>
    /// The embedded database file (used when Qdrant is not configured), relative to the API's content root
    /// unless absolute. Its folder is created when missing.
    /// </summary>
    [Required]
    public string Database { get; set; } = "var/examples.db";

    /// <summary>The Qdrant collection of organisers' examples (never versioned: the indexer never rewrites it).</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]+$")]
    public string OrganiserCollection { get; set; } = "examples-organiser";

    /// <summary>The Qdrant alias naming the last complete version of the builtin examples, written by the indexer.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]+$")]
    public string BuiltinAlias { get; set; } = "examples-builtin";
}
