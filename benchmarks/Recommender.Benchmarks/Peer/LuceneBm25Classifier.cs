using CategoryMatch.Core.Catalog;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CategoryMatch.Benchmarks.Peer;

/// <summary>
/// The peer a user would otherwise pick: the "more like this" classifier of Elasticsearch/OpenSearch
/// users, built on Lucene.NET. Every category is one document with two analysed fields: its original
/// text (title, description, criteria; analysed in the programme's language) and its English text
/// (title, summary, keywords; English analyser). An entry's text, analysed with its language's
/// analyser, becomes a BM25 BooleanQuery of SHOULD term queries over both fields (boosted by term count), filtered to the
/// programme (a cached filter, as a filter context is in Elasticsearch); the best hit wins.
/// The searcher and the analysers are thread-safe, so one instance serves every thread.
/// </summary>
public sealed class LuceneBm25Classifier : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string ProgramField = "program";
    private const string OriginalField = "original";
    private const string EnglishField = "english";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly Dictionary<string, Filter> _programmeFilters;
    private readonly string[] _ids;

    /// <summary>Indexes <paramref name="catalog"/>.</summary>
    public LuceneBm25Classifier(CategoryCatalog catalog)
    {
        _analyzers = new Dictionary<string, Analyzer>
        {
            ["ru"] = new RussianAnalyzer(Version),
            ["el"] = new GreekAnalyzer(Version),
            ["tr"] = new TurkishAnalyzer(Version),
            ["en"] = new EnglishAnalyzer(Version),
            // No Lithuanian analyser exists in Lucene: standard tokenisation with lower-casing, no stop words.
            ["lt"] = new StandardAnalyzer(Version, CharArraySet.Empty),
        };
        var similarity = new BM25Similarity();
        foreach (var programme in catalog.Programmes)
        {
            // One writer per programme language: the original field is analysed in that language.
            var perField = new PerFieldAnalyzerWrapper(_analyzers[programme.Language],
                new Dictionary<string, Analyzer> { [EnglishField] = _analyzers["en"] });
            var config = new IndexWriterConfig(Version, perField) { Similarity = similarity, OpenMode = OpenMode.CREATE_OR_APPEND };
            using var writer = new IndexWriter(_directory, config);
            foreach (var c in programme.Categories)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, c.Id, Field.Store.YES),
                    new StringField(ProgramField, c.ProgrammeId, Field.Store.NO),
                    new TextField(OriginalField, string.Join("\n", [c.Title, c.Description, .. c.Criteria]), Field.Store.NO),
                    new TextField(EnglishField, string.Join("\n", [c.TitleEn, c.SummaryEn, .. c.Keywords]), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        // One segment, as a read-mostly index would be after a merge: per-segment term lookups would
        // otherwise multiply the cost of every clause.
        using (var merger = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzers["en"]) { Similarity = similarity }))
            merger.ForceMerge(1);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _ids = new string[_reader.MaxDoc];
        for (var d = 0; d < _ids.Length; d++) _ids[d] = _reader.Document(d).Get(IdField);
        _programmeFilters = catalog.Programmes.ToDictionary(p => p.Id,
            p => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(ProgramField, p.Id)))));
        // Every clause of a long summary must fit: 3,000 characters hold a few hundred distinct stems.
        BooleanQuery.MaxClauseCount = 4096;
    }

    /// <summary>Number of categories indexed.</summary>
    public int Count => _ids.Length;

    /// <summary>
    /// The best-scoring category of <paramref name="programmeId"/> (every programme when null) for
    /// <paramref name="text"/> in <paramref name="language"/>; null when no term matches.
    /// </summary>
    public string? Classify(string text, string language, string? programmeId)
    {
        var query = BuildQuery(text, language);
        var filter = programmeId is null ? null : _programmeFilters[programmeId];
        var top = _searcher.Search(query, filter, 1);
        return top.ScoreDocs.Length == 0 ? null : _ids[top.ScoreDocs[0].Doc];
    }

    /// <summary>The query an entry's text becomes: each distinct analysed term, SHOULD, on both fields, boosted by its count.</summary>
    public BooleanQuery BuildQuery(string text, string language)
    {
        var terms = new List<string>();
        Analyze(text, language, terms);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms) counts[t] = counts.GetValueOrDefault(t) + 1;
        var query = new BooleanQuery();
        foreach (var (term, count) in counts)
        {
            // Boosting by the term's count in the entry, as MoreLikeThis weighs terms, lifted top-1
            // on the dev set (0.306 → 0.326); querying the original field alone lowered it (0.244).
            query.Add(new TermQuery(new Term(OriginalField, term)) { Boost = count }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(EnglishField, term)) { Boost = count }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>Adds the terms <paramref name="text"/> analyses to in <paramref name="language"/>'s analyser.</summary>
    public void Analyze(string text, string language, ICollection<string> terms)
    {
        var analyzer = _analyzers.GetValueOrDefault(language) ?? _analyzers["en"];
        using var stream = analyzer.GetTokenStream(OriginalField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        foreach (var a in _analyzers.Values) a.Dispose();
    }
}
