namespace CategoryMatch.Core.Catalog;

/// <summary>Who may enter a category, as its text states it. Every part is optional.</summary>
/// <param name="Entrant">organisation, team, individual or partnership.</param>
/// <param name="Headcount">Bounds on the stated size of the team or organisation.</param>
/// <param name="Seats">Bounds on the stated number of workplaces.</param>
/// <param name="Roles">Role limits in words ("front-line agents only").</param>
/// <param name="Since">The achievement or opening must be on or after this date.</param>
/// <param name="Notes">Other conditions in words.</param>
/// <param name="Excludes">Concept ids an eligible entry does not mention (53 is for non-voice teams: voice-channel).</param>
public sealed record Eligibility(
    string? Entrant,
    NumericRange? Headcount,
    NumericRange? Seats,
    IReadOnlyList<string> Roles,
    DateOnly? Since,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Excludes)
{
    /// <summary>No constraints.</summary>
    public static Eligibility None { get; } = new(null, null, null, [], null, [], []);
}
