namespace CategoryMatch.Core.Text;

/// <summary>A text after analysis: its language, tokens, and the quantities and dates it states.</summary>
/// <param name="Text">The original text; token and mention offsets index into it.</param>
/// <param name="Language">The language analysed in (given or detected).</param>
/// <param name="LanguageConfidence">1 when the language was given, else the detector's confidence.</param>
/// <param name="Tokens">Words and numbers in text order.</param>
/// <param name="Quantities">Numbers with what they count, in text order.</param>
/// <param name="Dates">Years and dates, in text order.</param>
public sealed record AnalyzedText(
    string Text,
    string Language,
    double LanguageConfidence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates)
{
    /// <summary>
    /// The stated size of the team or organisation: the largest headcount in the text, because
    /// entries name the whole team first and its parts later ("85 сотрудников, из них 12 в ночной смене").
    /// </summary>
    public decimal? Headcount => Largest(Quantities, QuantityKind.Headcount);

    /// <summary>The stated number of seats or workplaces: the largest seat count in the text.</summary>
    public decimal? Seats => Largest(Quantities, QuantityKind.Seats);

    private static decimal? Largest(IReadOnlyList<Quantity> quantities, QuantityKind kind)
    {
        decimal? largest = null;
        for (var i = 0; i < quantities.Count; i++)
            if (quantities[i].Kind == kind && (largest is null || quantities[i].Value > largest))
                largest = quantities[i].Value;
        return largest;
    }
}
