using BenchmarkDotNet.Attributes;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Benchmarks.Suites;

/// <summary>The analyser alone on a 1,500-character summary, against Lucene's analyser of the same language; and the full encoding.</summary>
public class AnalyzerBenchmarks
{
    private readonly List<string> _terms = new(512);
    private string _text = "";

    [Params("el", "lt", "ru", "tr", "en")] public string Language { get; set; } = "ru";

    [GlobalSetup]
    public void Setup() => _text = Shared.Work.TextOf(Language, 1500);

    [Benchmark(Baseline = true, Description = "Peer: Lucene analyzer")]
    public int Peer()
    {
        _terms.Clear();
        Shared.Peer.Analyze(_text, Language, _terms);
        return _terms.Count;
    }

    [Benchmark(Description = "Ours: TextAnalyzer.Analyze")]
    public AnalyzedText Analyze() => Shared.Work.Model.Analyzer.Analyze(_text);

    [Benchmark(Description = "Ours: EntryEncoder.Encode")]
    public EncodedEntry Encode() => Shared.Work.Model.Encoder.Encode(_text);
}
