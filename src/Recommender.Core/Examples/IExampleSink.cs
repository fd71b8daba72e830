namespace CategoryMatch.Core.Examples;

/// <summary>
/// Learns of every durable write to an <see cref="IExampleStore"/>, in the order the writes were made,
/// so an in-memory nearest-example index serves the next request with them. Called after the write is
/// durable, never for a write that failed.
/// </summary>
public interface IExampleSink
{
    /// <summary>These examples were added or replaced (matched by program and id).</summary>
    void Upserted(IReadOnlyList<LabelledExample> examples);

    /// <summary>The example <paramref name="id"/> of <paramref name="program"/> was deleted.</summary>
    void Removed(string program, string id);
}
