namespace CategoryMatch.Core.DataFiles;

/// <summary>
/// A data file is broken. The message names the file, the item (category, concept) and the
/// field, so the person who edited it can fix it without reading code.
/// </summary>
public sealed class DataFileException(string message) : Exception(message)
{
    /// <summary>Combines several problems found in one pass into one exception.</summary>
    public static DataFileException From(IReadOnlyList<string> problems) =>
        new($"The data files are invalid ({problems.Count} problem(s)):{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", problems));
}
