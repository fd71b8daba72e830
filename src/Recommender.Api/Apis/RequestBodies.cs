using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace CategoryMatch.Api.Apis;

/// <summary>How the endpoints that take JSON or CSV (audit, organisers' examples) read a request's body.</summary>
internal static class RequestBodies
{
    /// <summary>The CSV media type.</summary>
    public const string Csv = "text/csv";

    /// <summary>True when the content type is CSV.</summary>
    public static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals(Csv, StringComparison.OrdinalIgnoreCase);

    /// <summary>The whole body (within the request size limit), sized by its declared length when it has one.</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(request.ContentLength is { } length and <= int.MaxValue ? (int)length : 0);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// The body as JSON, in the charset its content type names (as the other endpoints' binding reads it); invalid
    /// JSON is the same 400 naming the problem as a binding failure.
    /// </summary>
    public static async Task<T?> ReadJsonAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }
}
