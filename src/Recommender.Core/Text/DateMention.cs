namespace CategoryMatch.Core.Text;

/// <summary>A date or year stated in a text ("с 1 июля 2023 года", "Since January 2024", "2024 m.").</summary>
/// <param name="Year">The year, 2000-2099.</param>
/// <param name="Month">1-12 when a month is named or written.</param>
/// <param name="Day">1-31 when a day is given.</param>
/// <param name="Start">Offset of the mention in the original text.</param>
/// <param name="Length">Length of the mention in the original text.</param>
public readonly record struct DateMention(int Year, int? Month, int? Day, int Start, int Length);
