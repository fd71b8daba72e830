using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The vote of a text's nearest labelled examples, per programme: each of the <see cref="ExampleVoteOptions.K"/>
/// nearest examples votes for its category with its similarity to the text (an organiser's example weighs
/// <see cref="ExampleVoteOptions.OrganiserWeight"/> times more). A category's share is its votes over all
/// the programme's votes. The organiser's own examples are also heard apart, category by category: the
/// mean similarity of each category's k nearest organiser examples, as it is and relative to the other
/// categories' (a programme's own past entries are few next to the builtin corpus and would seldom be among
/// the nearest of all; and one entry's nearest neighbour is a poorer guide than how close the text is to
/// what the jury put in each category).
/// </summary>
public sealed class ExampleVote
{
    private readonly Dictionary<string, float> _totals = new(StringComparer.Ordinal);            // per programme
    private readonly Dictionary<string, (float Votes, float Nearest)> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (float Sum, int Count)> _organiserByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (float Mean, float Spread, float Trust)> _organiserByProgramme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ExampleNeighbour>> _neighbours = new(StringComparer.Ordinal);
    private readonly float _organiserWeight;
    private readonly int _k;

    /// <summary>An empty vote of <see cref="ExampleVoteOptions.K"/> examples, weighing organisers' examples as <paramref name="options"/> says.</summary>
    public ExampleVote(ExampleVoteOptions options) => (_organiserWeight, _k) = (options.OrganiserWeight, options.K);

    /// <summary>
    /// The vote of the <see cref="ExampleVoteOptions.K"/> nearest examples of each of <paramref name="programmes"/>
    /// (an embedded index answers at once, so the ValueTask completes synchronously).
    /// </summary>
    public static async ValueTask<ExampleVote> OfAsync(IExampleNeighbours examples, Encoding.EncodedEntry entry, IReadOnlyList<string> programmes,
        ExampleVoteOptions options, OrganiserTrustTable? trust = null, CancellationToken cancellationToken = default)
    {
        var vote = new ExampleVote(options);
        foreach (var p in programmes) vote.Add(p, await examples.NearestAsync(p, entry, options.K, cancellationToken), trust?.TrustOf(p) ?? 1);
        return vote;
    }

    /// <summary>
    /// The votes for many texts, each of its programmes (<see cref="OfAsync"/> for each, with the lookups asked
    /// of <paramref name="examples"/> as one batch); the vote at index i is text i's.
    /// </summary>
    public static async ValueTask<ExampleVote[]> ManyAsync(IExampleNeighbours examples,
        IReadOnlyList<(Encoding.EncodedEntry Entry, IReadOnlyList<string> Programmes)> texts, ExampleVoteOptions options, OrganiserTrustTable? trust = null,
        CancellationToken cancellationToken = default)
    {
        var asked = texts.SelectMany((t, i) => t.Programmes.Select(p => (Text: i, Program: p, t.Entry))).ToList();
        var found = await examples.NearestManyAsync([.. asked.Select(a => (a.Program, a.Entry))], options.K, cancellationToken);
        var votes = texts.Select(_ => new ExampleVote(options)).ToArray();
        for (var i = 0; i < asked.Count; i++) votes[asked[i].Text].Add(asked[i].Program, found[i], trust?.TrustOf(asked[i].Program) ?? 1);
        return votes;
    }

    /// <summary>True when no example voted.</summary>
    public bool IsEmpty => _byCategory.Count == 0;

    /// <summary>
    /// Adds the nearest examples of <paramref name="program"/> as <see cref="IExampleNeighbours.NearestAsync"/>
    /// found them: the first k vote together; the organiser examples of the list are heard per category,
    /// scaled by the programme's <paramref name="organiserTrust"/> (<see cref="OrganiserTrust"/>).
    /// </summary>
    public ExampleVote Add(string program, IReadOnlyList<ExampleNeighbour> neighbours, float organiserTrust = 1)
    {
        var voting = neighbours.Count > _k ? neighbours.Take(_k).ToList() : neighbours;
        _neighbours[program] = voting;
        foreach (var n in voting)
        {
            var weight = n.Similarity * (n.Source == ExampleSource.Organiser ? _organiserWeight : 1f);
            _totals[program] = _totals.GetValueOrDefault(program) + weight;
            var (votes, nearest) = _byCategory.GetValueOrDefault(n.CategoryId);
            _byCategory[n.CategoryId] = (votes + weight, Math.Max(nearest, n.Similarity));
        }
        List<string>? organiserCategories = null;   // most programmes have no organiser examples: nothing allocated
        foreach (var n in neighbours)
        {
            if (n.Source != ExampleSource.Organiser) continue;
            var (sum, count) = _organiserByCategory.GetValueOrDefault(n.CategoryId);
            if (count == 0) (organiserCategories ??= []).Add(n.CategoryId);
            if (count < _k) _organiserByCategory[n.CategoryId] = (sum + n.Similarity, count + 1);   // the list is nearest first
        }
        // How the programme's categories' means spread, for the relative feature.
        if (organiserCategories is { Count: >= 2 })
        {
            var means = organiserCategories.Select(c => _organiserByCategory[c].Sum / _organiserByCategory[c].Count).ToList();
            var mean = means.Average();
            _organiserByProgramme[program] = (mean, MathF.Sqrt(means.Average(m => (m - mean) * (m - mean))), organiserTrust);
        }
        return this;
    }

    /// <summary>The share of its programme's vote that went to <paramref name="category"/>, 0..1.</summary>
    public float Share(Category category) =>
        _totals.GetValueOrDefault(category.ProgrammeId) is var total and > 0 ? _byCategory.GetValueOrDefault(category.Id).Votes / total : 0;

    /// <summary>The similarity of <paramref name="category"/>'s nearest voting example, 0 when none voted for it.</summary>
    public float Nearest(Category category) => _byCategory.GetValueOrDefault(category.Id).Nearest;

    /// <summary>The mean similarity of <paramref name="category"/>'s k nearest organiser examples, 0 when it has none.</summary>
    public float OrganiserMean(Category category) =>
        _organiserByCategory.GetValueOrDefault(category.Id) is { Count: > 0 } c ? c.Sum / c.Count : 0;

    /// <summary>
    /// <see cref="OrganiserMean"/> in standard deviations from the mean of its programme's categories that have
    /// organiser examples (a category without any counts as 0), times the programme's trust in them; 0 when
    /// fewer than two categories have any.
    /// </summary>
    public float OrganiserRelative(Category category) =>
        _organiserByProgramme.TryGetValue(category.ProgrammeId, out var p) && p.Spread > 1e-4f ? p.Trust * (OrganiserMean(category) - p.Mean) / p.Spread : 0;

    /// <summary>The examples of <paramref name="program"/> that voted together, nearest first.</summary>
    public IReadOnlyList<ExampleNeighbour> NeighboursOf(string program) => _neighbours.GetValueOrDefault(program) ?? [];
}
