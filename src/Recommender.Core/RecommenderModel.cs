using CategoryMatch.Core.DataFiles;
using System.Collections.Frozen;
using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Concepts;
using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Ranking;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Core;

/// <summary>
/// Everything loaded from data/ and derived from it once at start: the catalog, the language
/// resources, the concept lexicon, the encoder and every category's vectors. Immutable, shared by
/// all requests.
/// </summary>
public sealed class RecommenderModel
{
    private readonly FrozenDictionary<string, CategoryVectors> _vectors;

    private RecommenderModel(CategoryCatalog catalog, TextAnalyzer analyzer, ConceptLexicon lexicon,
        EntryEncoder encoder, IReadOnlyList<CategoryVectors> vectors, RuleEvaluator rules)
    {
        Catalog = catalog;
        Analyzer = analyzer;
        Lexicon = lexicon;
        Encoder = encoder;
        CategoryVectors = vectors;
        _vectors = vectors.ToFrozenDictionary(v => v.Category.Id);
        Rules = rules;
    }

    /// <summary>Programmes and categories.</summary>
    public CategoryCatalog Catalog { get; }

    /// <summary>The five-language analyser.</summary>
    public TextAnalyzer Analyzer { get; }

    /// <summary>The concept lexicon.</summary>
    public ConceptLexicon Lexicon { get; }

    /// <summary>Turns texts into vectors.</summary>
    public EntryEncoder Encoder { get; }

    /// <summary>Every category's vectors.</summary>
    public IReadOnlyList<CategoryVectors> CategoryVectors { get; }

    /// <summary>Evaluates redirect conditions.</summary>
    public RuleEvaluator Rules { get; }

    /// <summary>The learned ranking, when its file exists; null ranks by similarity.</summary>
    public Learning.LearnedRanker? Learned { get; private init; }

    /// <summary>The same model with another learned ranking (null: rank by similarity), e.g. one trained on a fold.</summary>
    public RecommenderModel WithLearned(Learning.LearnedRanker? learned) =>
        new(Catalog, Analyzer, Lexicon, Encoder, CategoryVectors, Rules) { Learned = learned };

    /// <summary>The vectors of one category.</summary>
    public CategoryVectors VectorsOf(string categoryId) => _vectors[categoryId];

    /// <summary>
    /// Loads data/categories, data/languages and data/concepts from <paramref name="dataDirectory"/>,
    /// validating each; a broken file throws <see cref="DataFileException"/> naming file, item and field.
    /// Loads the learned ranking from <paramref name="learnedModel"/> (relative to the data folder, or
    /// absolute; see <see cref="RankingOptions.LearnedModel"/>) when that file exists; an unreadable one
    /// throws <see cref="DataFileException"/>. Without it categories are ranked by similarity.
    /// The per-language word caches hold at most <paramref name="cacheBudget"/> (null: the defaults).
    /// </summary>
    public static RecommenderModel Load(string dataDirectory, string? learnedModel = Learning.LearnedModelFile.DefaultPath, CacheBudget? cacheBudget = null)
    {
        var catalog = CatalogLoader.Load(Path.Combine(dataDirectory, "categories"));
        var analyzer = new TextAnalyzer(LanguageResources.Load(Path.Combine(dataDirectory, "languages")), cacheBudget);
        var lexicon = ConceptLexicon.Load(Path.Combine(dataDirectory, "concepts"), analyzer, cacheBudget);
        var unknownProfiles = lexicon.Profiles.Keys.Where(id => catalog.FindCategory(id) is null).ToList();
        if (unknownProfiles.Count > 0)
            throw DataFileException.From(unknownProfiles.Select(id => $"concepts/category-profiles.yaml: profile '{id}' is not a category of the catalog.").ToList());
        var rules = new RuleEvaluator(catalog, lexicon);   // checks every concept the rules name exists
        var (encoder, vectors) = EntryEncoder.Build(catalog, lexicon, analyzer);
        var learnedPath = string.IsNullOrWhiteSpace(learnedModel) ? null : Path.Combine(dataDirectory, learnedModel);
        return new RecommenderModel(catalog, analyzer, lexicon, encoder, vectors, rules)
        {
            Learned = File.Exists(learnedPath) ? Learning.LearnedModelFile.Load(learnedPath) : null,
        };
    }

    /// <summary>
    /// Finds the data folder: <paramref name="configured"/> when given, else the nearest
    /// <c>data</c> folder holding <c>categories</c>, walking up from <paramref name="start"/>.
    /// </summary>
    public static string LocateDataDirectory(string? configured, string start)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "categories"))) return candidate;
        }
        throw new DataFileException($"No data folder with categories/ was found above '{start}'. Set Recommender:DataDirectory.");
    }
}
