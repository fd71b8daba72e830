namespace CategoryMatch.Core.Learning;

/// <summary>One step of a <see cref="LearningCurve"/>: the held-out writer's texts scored with some of their other texts as organiser examples.</summary>
/// <param name="PerCategory">At most this many of the writer's texts per category were organiser examples.</param>
/// <param name="Examples">How many organiser examples that is at most (the writer has only so many texts per category).</param>
/// <param name="Scored">Texts scored.</param>
/// <param name="Top1">Share scored with an expected category first.</param>
/// <param name="Top1ByLanguage">The same, per language of the text.</param>
public sealed record LearningCurveStep(int PerCategory, int Examples, int Scored, double Top1, IReadOnlyDictionary<string, double> Top1ByLanguage);
