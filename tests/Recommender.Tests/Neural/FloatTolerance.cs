namespace CategoryMatch.Tests.Neural;

/// <summary>Compares floats within an absolute tolerance, for vectors that went through different batch shapes.</summary>
public sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
{
    /// <inheritdoc />
    public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

    /// <inheritdoc />
    public int GetHashCode(float obj) => 0;
}
