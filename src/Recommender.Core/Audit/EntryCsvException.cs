namespace CategoryMatch.Core.Audit;

/// <summary>An entries file that cannot be read at all: no header, a missing column, not UTF-8, too many rows.</summary>
/// <param name="message">What is wrong, for a person to fix.</param>
/// <param name="rowLimit">The row limit that was exceeded, when that is the problem.</param>
public sealed class EntryCsvException(string message, int? rowLimit = null) : Exception(message)
{
    /// <summary>The row limit that was exceeded, when that is the problem.</summary>
    public int? RowLimit => rowLimit;
}
