using System.Runtime.InteropServices;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core.Encoding;

/// <summary>
/// Turns texts into concept and term vectors. The inverse document frequencies come from the
/// catalog itself, so a concept or stem that every category shares ("contact centre") weighs little.
/// </summary>
public sealed class EntryEncoder
{
    // A category's curated profile defines it; the words of its own text refine it.
    private const float ProfileWeight = 1.0f;
    private const float CategoryTextWeight = 0.5f;

    private readonly TextAnalyzer _analyzer;
    private readonly ConceptLexicon _lexicon;
    private readonly float[] _conceptIdf;
    private readonly Dictionary<uint, float> _termIdf;

    private EntryEncoder(TextAnalyzer analyzer, ConceptLexicon lexicon, float[] conceptIdf, Dictionary<uint, float> termIdf)
    {
        _analyzer = analyzer;
        _lexicon = lexicon;
        _conceptIdf = conceptIdf;
        _termIdf = termIdf;
    }

    /// <summary>The analyser texts go through.</summary>
    public TextAnalyzer Analyzer => _analyzer;

    /// <summary>The lexicon concepts are recognised with.</summary>
    public ConceptLexicon Lexicon => _lexicon;

    /// <summary>Number of dimensions of the concept vector.</summary>
    public int Dimensions => _conceptIdf.Length;

    /// <summary>
    /// Builds the encoder from the catalog and returns it with every category's vectors.
    /// </summary>
    public static (EntryEncoder Encoder, IReadOnlyList<CategoryVectors> Categories) Build(
        CategoryCatalog catalog, ConceptLexicon lexicon, TextAnalyzer analyzer)
    {
        var raw = catalog.Categories.Select(c => RawFeatures(c, catalog, lexicon, analyzer)).ToList();
        var n = raw.Count;

        var conceptIdf = new float[lexicon.Concepts.Count];
        for (var i = 0; i < conceptIdf.Length; i++)
        {
            // A concept no category uses cannot match any category: like an unknown stem it would
            // only shrink every similarity and inflate the domain signal, so it weighs nothing.
            var df = raw.Count(r => r.Concepts[i] > 0);
            conceptIdf[i] = df == 0 ? 0 : Idf(n, df);
        }
        var termDf = new Dictionary<uint, int>();
        foreach (var term in raw.SelectMany(r => r.Terms.Keys)) termDf[term] = termDf.GetValueOrDefault(term) + 1;
        var termIdf = termDf.ToDictionary(kv => kv.Key, kv => Idf(n, kv.Value));

        var encoder = new EntryEncoder(analyzer, lexicon, conceptIdf, termIdf);
        var vectors = raw.Select(r => new CategoryVectors(r.Category,
            encoder.WeightConcepts(r.Concepts, out _),
            encoder.WeightTerms(r.Terms))).ToList();
        return (encoder, vectors);
    }

    /// <summary>Analyses and encodes an entrant's text.</summary>
    public EncodedEntry Encode(string text, string? language = null)
    {
        var analysis = _analyzer.Analyze(text, language);
        var matches = t_matches ??= new List<ConceptMatch>(64);
        _lexicon.Match(analysis, matches);
        var weighted = WeightConcepts(CountConcepts(matches), out var mass);
        var terms = t_terms ??= new Dictionary<uint, float>();
        terms.Clear();   // cleared, never removed from: it enumerates in insertion order, as a new one would
        AddTerms(analysis, terms);
        // The entry keeps an exactly sized copy; the scratch list is reused by the next text.
        return new EncodedEntry(analysis, matches.ToArray(), weighted, WeightKnownTerms(terms), mass);
    }

    // Per-thread scratch of Encode: a text's matches, concept counts, term counts and weights are
    // needed only until its vectors exist.
    [ThreadStatic] private static List<ConceptMatch>? t_matches;
    [ThreadStatic] private static float[]? t_concepts;
    [ThreadStatic] private static Dictionary<uint, float>? t_terms;
    [ThreadStatic] private static uint[]? t_indices;
    [ThreadStatic] private static float[]? t_values;

    // Mentions per concept, summed in match order, then made sublinear: the 5th mention adds little.
    // Returns per-thread scratch that is valid until the next call on the thread.
    private float[] CountConcepts(List<ConceptMatch> matches)
    {
        var counts = t_concepts;
        if (counts is null || counts.Length != _conceptIdf.Length) t_concepts = counts = new float[_conceptIdf.Length];
        else Array.Clear(counts);
        foreach (var m in matches) counts[m.ConceptIndex] += m.Weight;
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > 1) counts[i] = 1 + MathF.Log(counts[i]);
        return counts;
    }

    // WeightTerms(tf, knownOnly: true) followed by SparseVector.FromWeights, without the intermediate
    // dictionary and arrays: the same weights, in the same order, summed and sorted the same way.
    private SparseVector WeightKnownTerms(Dictionary<uint, float> tf)
    {
        if (t_indices is null || t_indices.Length < tf.Count)
        {
            t_indices = new uint[Math.Max(256, tf.Count)];
            t_values = new float[t_indices.Length];
        }
        var (indices, values) = (t_indices, t_values!);
        var n = 0;
        double norm = 0;
        foreach (var (term, count) in tf)
        {
            if (!_termIdf.TryGetValue(term, out var idf)) continue;
            var value = (1 + MathF.Log(count)) * idf;
            if (value <= 0) continue;
            indices[n] = term;
            values[n++] = value;
            norm += (double)value * value;
        }
        if (n == 0) return SparseVector.Empty;
        var sortedIndices = indices.AsSpan(0, n).ToArray();
        var sortedValues = values.AsSpan(0, n).ToArray();
        Array.Sort(sortedIndices, sortedValues);
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < n; i++) sortedValues[i] *= scale;
        return new SparseVector(sortedIndices, sortedValues);
    }

    private float[] WeightConcepts(float[] raw, out float mass)
    {
        var weighted = new float[raw.Length];
        double norm = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            weighted[i] = raw[i] * _conceptIdf[i];
            norm += (double)weighted[i] * weighted[i];
        }
        mass = (float)Math.Sqrt(norm);
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < weighted.Length; i++) weighted[i] *= scale;
        }
        return weighted;
    }

    // Stems the catalog never uses cannot match any category; keeping them would only shrink
    // every similarity of a long text, so the query keeps the catalog's vocabulary alone.
    private SparseVector WeightTerms(Dictionary<uint, float> tf, bool knownOnly = false)
    {
        var weights = new Dictionary<uint, float>(tf.Count);
        foreach (var (term, count) in tf)
        {
            if (!_termIdf.TryGetValue(term, out var idf)) { if (knownOnly) continue; idf = 1; }
            weights[term] = (1 + MathF.Log(count)) * idf;
        }
        return SparseVector.FromWeights(weights);
    }

    private static void AddTerms(AnalyzedText analysis, Dictionary<uint, float> terms)
    {
        foreach (var token in analysis.Tokens)
        {
            if (token.IsStopWord || token.IsNegated || token.Stem.Length < 2 || char.IsDigit(token.Stem[0])) continue;
            // One hash lookup per word: a new term is added at 0 and counted like a known one.
            CollectionsMarshal.GetValueRefOrAddDefault(terms, TermHash.Of(analysis.Language, token.Stem), out _) += 1;
        }
    }

    private static (Category Category, float[] Concepts, Dictionary<uint, float> Terms) RawFeatures(
        Category category, CategoryCatalog catalog, ConceptLexicon lexicon, TextAnalyzer analyzer)
    {
        var language = catalog.FindProgramme(category.ProgrammeId)!.Language;
        // A category's redirect notes talk about what does NOT belong in it ("for AI choose 13"),
        // so their words are left out of its vectors.
        var description = category.Redirects.Aggregate(category.Description, (text, rule) => text.Replace(rule.Reason, " "));
        var original = string.Join("\n", [category.Title, description, .. category.Criteria]);
        var english = string.Join("\n", [category.TitleEn, category.SummaryEn, .. category.Keywords]);

        var fromText = new float[lexicon.Concepts.Count];
        var terms = new Dictionary<uint, float>();
        foreach (var (text, lang) in new[] { (original, language), (english, "en") })
        {
            var analysis = analyzer.Analyze(text, lang);
            foreach (var m in lexicon.Match(analysis)) fromText[m.ConceptIndex] += m.Weight;
            AddTerms(analysis, terms);
        }
        var max = fromText.Max();
        var concepts = new float[fromText.Length];
        for (var i = 0; i < concepts.Length; i++)
            concepts[i] = max > 0 ? CategoryTextWeight * (1 + MathF.Log(1 + fromText[i])) / (1 + MathF.Log(1 + max)) : 0;
        for (var i = 0; i < concepts.Length; i++) if (fromText[i] == 0) concepts[i] = 0;
        foreach (var id in category.Redirects.SelectMany(r => r.When.Any.Concat(r.When.All)))
            concepts[lexicon.Find(id)!.Index] = 0;
        if (lexicon.Profiles.TryGetValue(category.Id, out var profile))
            foreach (var (conceptId, weight) in profile)
                concepts[lexicon.Find(conceptId)!.Index] += ProfileWeight * (float)weight;
        return (category, concepts, terms);
    }

    private static float Idf(int documents, int df) => MathF.Log((documents + 1f) / (df + 1f)) + 1f;
}
