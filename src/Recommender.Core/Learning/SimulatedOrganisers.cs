using CategoryMatch.Core.Encoding;
using CategoryMatch.Core.Examples;

namespace CategoryMatch.Core.Learning;

/// <summary>
/// An organiser's archive as the fusion's training simulates it for one training text, so the fusion learns
/// what an organiser's own examples are worth (<see cref="LearningOptions.SimulatedOrganiserExamples"/>: n past
/// entries per category, chosen by a hash of the text's id). A season writer's text gets the first n of each
/// category of the writer's other texts (the learning curve's protocol: one hand's archive). Any other text
/// gets the first n of each category of the texts of the other writers of its group: texts by other people
/// that the classifiers scoring it never read, as a programme's past entries are to a new entrant's.
/// </summary>
public sealed class SimulatedOrganisers
{
    private readonly LearningOptions _options;
    private readonly EncodedCorpus _encoded;
    private readonly IReadOnlyDictionary<string, int> _groups;
    private readonly Dictionary<string, SparseVector> _vectors = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Group, string Category), List<CorpusExample>> _byGroup = [];
    private readonly Dictionary<(string Writer, string Category), List<CorpusExample>> _bySeasonWriter = [];
    private readonly Dictionary<string, string> _categories = new(StringComparer.Ordinal);

    /// <summary>Archives drawn from <paramref name="training"/>, whose writers fall in <paramref name="groups"/> (the fusion's writer groups).</summary>
    public SimulatedOrganisers(IReadOnlyList<CorpusExample> training, IReadOnlyDictionary<string, int> groups, EncodedCorpus encoded, LearningOptions options)
    {
        _options = options;
        _encoded = encoded;
        _groups = groups;
        // The order of WriterExampleOrder: a hash of the id mixes languages and genres.
        foreach (var e in training.Where(e => e.InDomain).OrderBy(e => TermHash.Of("order", e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            _vectors[e.Id] = ExampleVectors.Of(encoded.Entry(e));
            Add(_byGroup, (groups[e.Writer], e.Expected[0]), e);
            if (e.Season) Add(_bySeasonWriter, (e.Writer, e.Expected[0]), e);
        }
    }

    /// <summary>How many past entries per category the organiser of <paramref name="example"/>'s row has.</summary>
    public int PerCategory(CorpusExample example) =>
        _options.SimulatedOrganiserExamples[(int)(TermHash.Of("organiser", example.Id) % (uint)_options.SimulatedOrganiserExamples.Count)];

    /// <summary>
    /// The vote <paramref name="example"/> gets with its simulated organiser: the k nearest of the other writers'
    /// texts and the organiser's (those relabelled as the organiser's), then each category's k nearest organiser
    /// examples, as <see cref="IExampleNeighbours.NearestAsync"/> answers.
    /// </summary>
    public ExampleVote Vote(InMemoryExampleIndex examples, IReadOnlyDictionary<string, string> writerOf, CorpusExample example, Catalog.Programme programme)
    {
        var k = _options.Vote.K;
        var organiser = Archive(example, programme, PerCategory(example));
        var query = _vectors.TryGetValue(example.Id, out var v) ? v : ExampleVectors.Of(_encoded.Entry(example));   // out of domain: not kept
        var all = examples.Nearest(example.Program, query, k, id => writerOf[id] != example.Writer || organiser.Contains(id))
            .Select(n => organiser.Contains(n.ExampleId) ? n with { Source = ExampleSource.Organiser } : n).ToList();
        var listed = all.Select(n => n.ExampleId).ToHashSet(StringComparer.Ordinal);
        var pool = organiser
            .Select(id => new ExampleNeighbour(id, CategoryOf(id), Math.Min(ExampleVectors.Similarity(query, _vectors[id]), 1f), ExampleSource.Organiser))
            .Where(n => n.Similarity > 0).OrderByDescending(n => n.Similarity).ThenBy(n => n.ExampleId, StringComparer.Ordinal).Take(ExampleNeighbour.PoolOf(k));
        var perCategory = ExampleNeighbour.EachCategorysNearest(pool, n => n.CategoryId, k).Where(n => !listed.Contains(n.ExampleId));
        return new ExampleVote(_options.Vote).Add(example.Program, [.. all, .. perCategory]);
    }

    // The ids of the simulated archive: n per category of the programme, never the text itself.
    private HashSet<string> Archive(CorpusExample example, Catalog.Programme programme, int n)
    {
        var archive = new HashSet<string>(StringComparer.Ordinal);
        if (n == 0) return archive;
        foreach (var category in programme.Categories)
        {
            var texts = example.Season
                ? _bySeasonWriter.GetValueOrDefault((example.Writer, category.Id))
                : _byGroup.GetValueOrDefault((_groups[example.Writer], category.Id))?.Where(e => e.Writer != example.Writer);
            foreach (var e in (texts ?? []).Where(e => e.Id != example.Id).Take(n)) archive.Add(e.Id);
        }
        return archive;
    }

    private string CategoryOf(string id) => _categories[id];

    private void Add<TKey>(Dictionary<TKey, List<CorpusExample>> lists, TKey key, CorpusExample e) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(e);
        _categories[e.Id] = e.Expected[0];
    }
}
