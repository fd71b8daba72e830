using System.Collections.Concurrent;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// Every corpus text encoded once (analysis, concepts, vectors) with its feature counts: training reads
/// each text many times (every fold, every part), and encoding does not depend on what is trained.
/// </summary>
public sealed class EncodedCorpus
{
    private readonly ConcurrentDictionary<string, (EncodedEntry Entry, IReadOnlyDictionary<uint, float> Counts)> _texts = new(StringComparer.Ordinal);
    private readonly RecommenderModel _model;

    /// <summary>Encodes <paramref name="examples"/> with <paramref name="model"/>'s encoder, on every core.</summary>
    public EncodedCorpus(RecommenderModel model, IEnumerable<CorpusExample> examples)
    {
        _model = model;
        Parallel.ForEach(examples, e => Get(e));
    }

    /// <summary>The encoded text of <paramref name="example"/> (encoded now if it was not yet).</summary>
    public EncodedEntry Entry(CorpusExample example) => Get(example).Entry;

    /// <summary>The feature counts of <paramref name="example"/>.</summary>
    public IReadOnlyDictionary<uint, float> Counts(CorpusExample example) => Get(example).Counts;

    private (EncodedEntry Entry, IReadOnlyDictionary<uint, float> Counts) Get(CorpusExample e) =>
        _texts.GetOrAdd(e.Id, _ =>
        {
            // The language is detected, as for a request: a writer's label would not reach production.
            var entry = _model.Encoder.Encode(e.Text);
            var counts = new Dictionary<uint, float>();
            TextFeatures.Extract(entry, counts);
            return (entry, counts);
        });
}
