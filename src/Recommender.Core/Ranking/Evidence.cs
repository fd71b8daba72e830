namespace CategoryMatch.Core.Ranking;

/// <summary>Something in the entry's text that supports (or limits) a recommendation, for a person to read.</summary>
/// <remarks>
/// A struct that quotes the entry's text by offset and makes the quoted string only when it is read:
/// a batch keeps thousands of results alive at once, and an object plus a substring per item of
/// evidence were most of what the garbage collector had to copy.
/// </remarks>
public readonly struct Evidence
{
    private readonly string? _text;

    private Evidence(string kind, string label, string? text, int start, int length)
    {
        Kind = kind;
        Label = label;
        _text = text;
        Start = start;
        Length = length;
    }

    /// <summary>Evidence that quotes no words: a rule, an eligibility finding.</summary>
    public Evidence(string kind, string label) : this(kind, label, null, -1, 0)
    {
    }

    /// <summary>Evidence that quotes <paramref name="length"/> characters of the entry's <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static Evidence Quoting(string kind, string label, string text, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        return new Evidence(kind, label, text, start, length);
    }

    /// <summary><c>concept</c>, <c>term</c>, <c>rule</c> or <c>eligibility</c>.</summary>
    public string Kind { get; }

    /// <summary>What was recognised, in English (a concept's name, a rule's reason).</summary>
    public string Label { get; }

    /// <summary>The words of the entry's text, as written, when the evidence points at words.</summary>
    public string? Matched => _text?.Substring(Start, Length);

    /// <summary>Offset of the matched words in the text, for highlighting; -1 when none.</summary>
    public int Start { get; }

    /// <summary>Length of the matched words in the text; 0 when none.</summary>
    public int Length { get; }
}
