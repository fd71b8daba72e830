namespace CategoryMatch.Core.Examples;

/// <summary>
/// Where labelled examples are kept for good: the builtin corpus and what organisers load. A write that
/// returns has been made durable (a crash right after loses nothing) and every <see cref="IExampleSink"/>
/// given to the store has been told of it; a write that throws has stored nothing.
/// </summary>
public interface IExampleStore
{
    /// <summary>
    /// Adds or replaces <paramref name="examples"/> (all of <paramref name="program"/>, source organiser) by
    /// id, all or nothing: either every one is stored or, when the store fails, none is. Ids that belong to
    /// the builtin corpus are not written and are named in <see cref="ExampleWriteResult.BuiltinIds"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An example is of another programme or not an organiser's.</exception>
    Task<ExampleWriteResult> UpsertAsync(string program, IReadOnlyList<LabelledExample> examples, CancellationToken cancellationToken = default);

    /// <summary>Deletes the organiser's example <paramref name="id"/> of <paramref name="program"/>; false when there was none.</summary>
    Task<bool> DeleteAsync(string program, string id, CancellationToken cancellationToken = default);

    /// <summary>One page of a programme's examples, ordered by source then id, with the total that match.</summary>
    Task<ExamplePage> ListAsync(ExampleQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many examples <paramref name="program"/> has, per category and source.</summary>
    Task<ExampleStats> StatsAsync(string program, CancellationToken cancellationToken = default);

    /// <summary>Every example of every programme, for loading an in-memory index at start.</summary>
    IAsyncEnumerable<LabelledExample> ReadAllAsync(CancellationToken cancellationToken = default);
}
