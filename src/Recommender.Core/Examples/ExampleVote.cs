using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The vote of a text's nearest labelled examples, per programme: each of the <see cref="ExampleVoteOptions.K"/>
/// nearest examples votes for its category with its similarity to the text (an organiser's example weighs
/// <see cref="ExampleVoteOptions.OrganiserWeight"/> times more). A category's share is its votes over all
/// the programme's votes. The programme's nearest organiser examples also vote apart, among themselves:
/// a programme's own past entries are few next to the builtin corpus, and would seldom be heard otherwise.
/// </summary>
public sealed class ExampleVote
{
    private readonly Dictionary<string, float> _totals = new(StringComparer.Ordinal);            // per programme
    private readonly Dictionary<string, float> _organiserTotals = new(StringComparer.Ordinal);   // per programme
    private readonly Dictionary<string, (float Votes, float Nearest)> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (float Votes, float Nearest)> _organiserByCategory = new(StringComparer.Ordinal);
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
        ExampleVoteOptions options, CancellationToken cancellationToken = default)
    {
        var vote = new ExampleVote(options);
        foreach (var p in programmes) vote.Add(p, await examples.NearestAsync(p, entry, options.K, cancellationToken));
        return vote;
    }

    /// <summary>
    /// The votes for many texts, each of its programmes (<see cref="OfAsync"/> for each, with the lookups asked
    /// of <paramref name="examples"/> as one batch); the vote at index i is text i's.
    /// </summary>
    public static async ValueTask<ExampleVote[]> ManyAsync(IExampleNeighbours examples,
        IReadOnlyList<(Encoding.EncodedEntry Entry, IReadOnlyList<string> Programmes)> texts, ExampleVoteOptions options, CancellationToken cancellationToken = default)
    {
        var asked = texts.SelectMany((t, i) => t.Programmes.Select(p => (Text: i, Program: p, t.Entry))).ToList();
        var found = await examples.NearestManyAsync([.. asked.Select(a => (a.Program, a.Entry))], options.K, cancellationToken);
        var votes = texts.Select(_ => new ExampleVote(options)).ToArray();
        for (var i = 0; i < asked.Count; i++) votes[asked[i].Text].Add(asked[i].Program, found[i]);
        return votes;
    }

    /// <summary>True when no example voted.</summary>
    public bool IsEmpty => _byCategory.Count == 0;

    /// <summary>
    /// Adds the nearest examples of <paramref name="program"/> as <see cref="IExampleNeighbours.NearestAsync"/>
    /// found them: the first k vote together; every organiser example of the list votes among the organisers'.
    /// </summary>
    public ExampleVote Add(string program, IReadOnlyList<ExampleNeighbour> neighbours)
    {
        var voting = neighbours.Count > _k ? neighbours.Take(_k).ToList() : neighbours;
        _neighbours[program] = voting;
        foreach (var n in voting)
        {
            var weight = n.Similarity * (n.Source == ExampleSource.Organiser ? _organiserWeight : 1f);
            Count(_totals, _byCategory, program, n, weight);
        }
        foreach (var n in neighbours)
            if (n.Source == ExampleSource.Organiser) Count(_organiserTotals, _organiserByCategory, program, n, n.Similarity);
        return this;
    }

    /// <summary>The share of its programme's vote that went to <paramref name="category"/>, 0..1.</summary>
    public float Share(Category category) => ShareOf(_totals, _byCategory, category);

    /// <summary>The similarity of <paramref name="category"/>'s nearest voting example, 0 when none voted for it.</summary>
    public float Nearest(Category category) => _byCategory.GetValueOrDefault(category.Id).Nearest;

    /// <summary>The share of its programme's organiser examples' vote that went to <paramref name="category"/>, 0..1 (0 without organiser examples).</summary>
    public float OrganiserShare(Category category) => ShareOf(_organiserTotals, _organiserByCategory, category);

    /// <summary>The similarity of <paramref name="category"/>'s nearest organiser example, 0 when none is among the nearest.</summary>
    public float OrganiserNearest(Category category) => _organiserByCategory.GetValueOrDefault(category.Id).Nearest;

    /// <summary>The examples of <paramref name="program"/> that voted together, nearest first.</summary>
    public IReadOnlyList<ExampleNeighbour> NeighboursOf(string program) => _neighbours.GetValueOrDefault(program) ?? [];

    private static void Count(Dictionary<string, float> totals, Dictionary<string, (float Votes, float Nearest)> byCategory, string program,
        ExampleNeighbour n, float weight)
    {
        totals[program] = totals.GetValueOrDefault(program) + weight;
        var (votes, nearest) = byCategory.GetValueOrDefault(n.CategoryId);
        byCategory[n.CategoryId] = (votes + weight, Math.Max(nearest, n.Similarity));
    }

    private static float ShareOf(Dictionary<string, float> totals, Dictionary<string, (float Votes, float Nearest)> byCategory, Category category) =>
        totals.GetValueOrDefault(category.ProgrammeId) is var total and > 0 ? byCategory.GetValueOrDefault(category.Id).Votes / total : 0;
}
