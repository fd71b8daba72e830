using CategoryMatch.Core.Learning;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Learning;

/// <summary>
/// The corpus texts of the three small programmes (gr-csa, lt-iba, tr-cca: about 1,200 texts), on which
/// the real trainer runs in seconds, and one ranker trained on them, shared by the tests that need one.
/// </summary>
internal static class SmallProgrammes
{
    public static IReadOnlyList<CorpusExample> Examples { get; } =
        [.. Corpora.Builtin.Examples.Where(e => e.Program is "gr-csa" or "lt-iba" or "tr-cca")];

    private static readonly Lazy<EncodedCorpus> SharedEncoded = new(() => new EncodedCorpus(Models.Real, Examples));

    public static EncodedCorpus Encoded => SharedEncoded.Value;

    private static readonly Lazy<LearnedRanker> SharedRanker = new(() =>
        new LearnedRankerTrainer(Models.Real, Encoded, new LearningOptions()).Train(Examples));

    public static LearnedRanker Ranker => SharedRanker.Value;
}
