namespace CategoryMatch.Core.Text;

/// <summary>A number stated in a text and what it counts.</summary>
/// <param name="Value">The value, multipliers applied ("1,1 млн" is 1 100 000).</param>
/// <param name="Kind">What the number counts.</param>
/// <param name="Start">Offset of the number in the original text.</param>
/// <param name="Length">Length of the number (with its multiplier word, if any) in the original text.</param>
public readonly record struct Quantity(decimal Value, QuantityKind Kind, int Start, int Length);
