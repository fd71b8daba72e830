using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Api.Organisers;

/// <summary>
/// One organiser's key as configuration holds it: never the key itself, only its SHA-256, so a leaked
/// configuration file gives no access. <c>Organisers__Keys__0__Sha256=...</c> sets it from the environment.
/// </summary>
public sealed class OrganiserKey
{
    /// <summary>Who holds the key, for logs and rate limits (the key itself is never logged).</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    [Required, RegularExpression("^[0-9a-f]{64}$", ErrorMessage = "Organisers:Keys:*:Sha256 must be 64 lower-case hex digits (the SHA-256 of the key).")]
    public string Sha256 { get; set; } = "";

    /// <summary>The programmes whose examples the key may read and write.</summary>
    [MinLength(1)]
    public List<string> Programs { get; set; } = [];
}
