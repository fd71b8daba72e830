using System.Text.Json;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Reads the 400 ProblemDetails the API answers exactly, so a test names the field it expects rather than
/// finding the name somewhere in the body: every wrong field is listed with its messages under
/// <c>errors.&lt;field&gt;</c>; a value that cannot be read at all (a number where text belongs) is also named
/// by its path in <c>field</c>.
/// </summary>
public static class ProblemBody
{
    /// <summary>The fields a 400 validation problem names under <c>errors</c>, in order, with their messages.</summary>
    public static Dictionary<string, string[]> Errors(JsonElement body)
    {
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.TryGetProperty("errors", out var errors), $"the problem has no 'errors': {body}");
        return errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    /// <summary>Asserts that a 400 validation problem names <paramref name="field"/> and nothing else, and returns its one message.</summary>
    public static string OnlyError(JsonElement body, string field)
    {
        var errors = Errors(body);
        Assert.Equal([field], errors.Keys);
        return Assert.Single(errors[field]);
    }

    /// <summary>
    /// The path a 400 problem for an unreadable value names in <c>field</c> (<c>top</c>, <c>entries[0].text</c>),
    /// which is also its one entry under <c>errors</c>.
    /// </summary>
    public static string UnreadableField(JsonElement body)
    {
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.TryGetProperty("field", out var field), $"the problem does not name the field: {body}");
        Assert.Equal([field.GetString()!], Errors(body).Keys);
        return field.GetString()!;
    }
}
