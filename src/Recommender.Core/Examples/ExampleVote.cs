using CategoryMatch.Core.Catalog;

namespace CategoryMatch.Core.Examples;

/// <summary>
/// The vote of a text's nearest labelled examples, per programme: each example votes for its category
/// with its similarity to the text (an organiser's example weighs <see cref="ExampleVoteOptions.OrganiserWeight"/>
/// times more). A category's share is its votes over all the programme's votes.
/// </summary>
public sealed class ExampleVote
{
    private readonly Dictionary<string, float> _totals = new(StringComparer.Ordinal);      // per programme
    private readonly Dictionary<string, (float Votes, float Nearest)> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ExampleNeighbour>> _neighbours = new(StringComparer.Ordinal);
    private readonly float _organiserWeight;

    /// <summary>An empty vote weighing organisers' examples as <paramref name="options"/> says.</summary>
    public ExampleVote(ExampleVoteOptions options) => _organiserWeight = options.OrganiserWeight;

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

    /// <summary>True when no example voted.</summary>
    public bool IsEmpty => _byCategory.Count == 0;

    /// <summary>Adds the nearest examples of <paramref name="program"/> (as <see cref="IExampleNeighbours"/> found them).</summary>
    public ExampleVote Add(string program, IReadOnlyList<ExampleNeighbour> neighbours)
    {
        _neighbours[program] = neighbours;
        foreach (var n in neighbours)
        {
            var weight = n.Similarity * (n.Source == ExampleSource.Organiser ? _organiserWeight : 1f);
            _totals[program] = _totals.GetValueOrDefault(program) + weight;
            var (votes, nearest) = _byCategory.GetValueOrDefault(n.CategoryId);
            _byCategory[n.CategoryId] = (votes + weight, Math.Max(nearest, n.Similarity));
        }
        return this;
    }

    /// <summary>The share of its programme's vote that went to <paramref name="category"/>, 0..1.</summary>
    public float Share(Category category) =>
        _totals.GetValueOrDefault(category.ProgrammeId) is var total and > 0 ? _byCategory.GetValueOrDefault(category.Id).Votes / total : 0;

    /// <summary>The similarity of <paramref name="category"/>'s nearest voting example, 0 when none voted for it.</summary>
    public float Nearest(Category category) => _byCategory.GetValueOrDefault(category.Id).Nearest;

    /// <summary>The examples of <paramref name="program"/> that voted, nearest first.</summary>
    public IReadOnlyList<ExampleNeighbour> NeighboursOf(string program) => _neighbours.GetValueOrDefault(program) ?? [];
}
