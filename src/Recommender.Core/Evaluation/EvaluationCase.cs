using System.Text.Json;
using System.Text.Json.Serialization;

namespace CategoryMatch.Core.Evaluation;

/// <summary>One labelled summary of an evaluation file (the format of shared/eval/dev.jsonl).</summary>
public sealed record EvaluationCase(
    string Id, string Kind, string Lang, string Program, string Text,
    IReadOnlyList<string> Expected, IReadOnlyList<string> Acceptable, string? Filed)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Reads a JSON-lines file; a broken line throws naming its line number.</summary>
    public static List<EvaluationCase> ReadFile(string path)
    {
        var cases = new List<EvaluationCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var raw = JsonSerializer.Deserialize<Line>(line, Json) ?? throw new JsonException("empty line");
                cases.Add(new EvaluationCase(
                    raw.Id ?? throw new JsonException("'id' is missing"), raw.Kind ?? "plain", raw.Lang ?? "",
                    raw.Program ?? throw new JsonException("'program' is missing"),
                    raw.Text ?? throw new JsonException("'text' is missing"),
                    raw.Expected ?? [], raw.Acceptable ?? [], raw.Filed));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: line {lineNumber}: {e.Message}", e);
            }
        }
        return cases;
    }

    private sealed record Line(
        string? Id, string? Kind, string? Lang, string? Program, string? Text,
        List<string>? Expected, List<string>? Acceptable, string? Filed);
}

/// <summary>What the recommender answered for a case, whichever way it was asked (in process or over HTTP).</summary>
/// <param name="Ranked">Category ids best first.</param>
/// <param name="NoMatch">The no-match flag.</param>
/// <param name="RedirectFrom">The redirect's source, when the answer has one.</param>
/// <param name="RedirectTo">The redirect's target, when the answer has one.</param>
/// <param name="Language">The detected language.</param>
/// <param name="Confidence">The answer's confidence in its first result (NaN when the answer has none).</param>
/// <param name="InDomain">The in-domain detector's probability (NaN without the learned ranking).</param>
public sealed record EvaluationAnswer(IReadOnlyList<string> Ranked, bool NoMatch, string? RedirectFrom, string? RedirectTo, string Language,
    double Confidence = double.NaN, double InDomain = double.NaN);
