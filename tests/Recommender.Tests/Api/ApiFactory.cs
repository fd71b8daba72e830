using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CategoryMatch.Tests.Api;

/// <summary>The real API pipeline in memory, shared by the API tests.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Posts <paramref name="body"/> as JSON and returns status and parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostJsonAsync(string url, object body)
    {
        using var response = await CreateClient().PostAsJsonAsync(url, body);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Posts raw text with a content type, for malformed bodies.</summary>
    public async Task<(int Status, JsonElement Body)> PostRawAsync(string url, string content, string contentType = "application/json")
    {
        using var response = await CreateClient().PostAsync(url, new StringContent(content, System.Text.Encoding.UTF8, contentType));
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Posts raw bytes (CSV, invalid UTF-8, ...) and returns status, content type and the body as text.</summary>
    public async Task<(int Status, string? ContentType, string Body)> PostBytesAsync(string url, byte[] content, string contentType, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await CreateClient().SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
