namespace CategoryMatch.Core.Catalog;

/// <summary>Inclusive bounds on a stated number (staff, seats); either bound may be open.</summary>
public sealed record NumericRange(decimal? Min, decimal? Max)
{
    /// <summary>True when <paramref name="value"/> lies within the bounds.</summary>
    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <inheritdoc />
    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) => $"{min}–{max}",
        ({ } min, null) => $"≥ {min}",
        (null, { } max) => $"≤ {max}",
        _ => "any",
    };
}
