using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Api.Organisers;

/// <summary>Organisers' keys and how often they may write. Bound from the configuration section <c>Organisers</c>.</summary>
public sealed class OrganisersOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Organisers";

    /// <summary>The keys; none means the organiser endpoints answer 401 to everyone.</summary>
    public List<OrganiserKey> Keys { get; set; } = [];

    /// <summary>Writes (uploads, deletions, learning audits) one key may make per <see cref="WriteWindow"/>; more are answered 429.</summary>
    [Range(1, 100_000)]
    public int WritesPerWindow { get; set; } = 60;

    /// <summary>The rate limit's window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WriteWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Keys[i], new ValidationContext(Keys[i]), results, validateAllProperties: true);
            foreach (var result in results)
                yield return new ValidationResult($"Organisers:Keys:{i}: {result.ErrorMessage}", result.MemberNames.Select(m => $"Keys[{i}].{m}"));
        }
        var duplicate = Keys.GroupBy(k => k.Sha256).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            yield return new ValidationResult($"Organisers:Keys: the keys of {string.Join(" and ", duplicate.Select(k => k.Name))} are the same key.", [nameof(Keys)]);
    }
}
