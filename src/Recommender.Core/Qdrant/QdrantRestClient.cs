using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// <see cref="IQdrantClient"/> over Qdrant's REST API with HttpClient and System.Text.Json.
/// Timeouts and retries live in the HttpClient's resilience pipeline (see
/// <see cref="QdrantServiceCollectionExtensions"/>); this class turns what is left of a failure
/// into a <see cref="QdrantException"/> that says what failed.
/// </summary>
public sealed class QdrantRestClient(IHttpClientFactory httpClients, ILogger<QdrantRestClient> logger) : IQdrantClient
{
    /// <summary>Name of the HttpClient (and its resilience pipeline) that talks to Qdrant.</summary>
    public const string HttpClientName = "qdrant";

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync(HttpMethod.Get, "readyz", null, "probe readiness", expectJson: false, cancellationToken);
            return true;
        }
        catch (QdrantException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListCollectionsAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Get, "collections", null, "list collections", cancellationToken: cancellationToken);
        return [.. result.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];
    }

    /// <inheritdoc />
    public Task CreateCollectionAsync(string collection, CollectionSchema schema, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"collections/{Escape(collection)}", QdrantRequestBodies.CreateCollection(schema),
            $"create collection '{collection}'", cancellationToken: cancellationToken);

    /// <inheritdoc />
    public Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"collections/{Escape(collection)}", null, $"delete collection '{collection}'", cancellationToken: cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CollectionAlias>> ListAliasesAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Get, "aliases", null, "list aliases", cancellationToken: cancellationToken);
        return [.. result.GetProperty("aliases").EnumerateArray()
            .Select(a => new CollectionAlias(a.GetProperty("alias_name").GetString()!, a.GetProperty("collection_name").GetString()!))];
    }

    /// <inheritdoc />
    public Task SwitchAliasAsync(string alias, string collection, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "collections/aliases", QdrantRequestBodies.SwitchAlias(alias, collection),
            $"point alias '{alias}' at '{collection}'", cancellationToken: cancellationToken);

    /// <inheritdoc />
    public Task CreateKeywordIndexAsync(string collection, string field, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"collections/{Escape(collection)}/index?wait=true", QdrantRequestBodies.KeywordIndex(field),
            $"index payload field '{field}' of '{collection}'", cancellationToken: cancellationToken);

    /// <inheritdoc />
    public async Task UpsertAsync(string collection, IReadOnlyList<QdrantPoint> points, int batchSize = 64, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        for (var start = 0; start < points.Count; start += batchSize)
        {
            var batch = points.Skip(start).Take(batchSize);
            // wait=true: the batch is applied when the call returns, so a count right after is exact.
            await SendAsync(HttpMethod.Put, $"collections/{Escape(collection)}/points?wait=true", QdrantRequestBodies.Upsert(batch),
                $"upsert points {start}..{Math.Min(start + batchSize, points.Count) - 1} into '{collection}'", cancellationToken: cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScoredPoint>> QueryAsync(string collection, HybridQuery query, CancellationToken cancellationToken = default)
    {
        var operation = $"query '{collection}'";
        var result = await SendAsync(HttpMethod.Post, $"collections/{Escape(collection)}/points/query", QdrantRequestBodies.Query(query),
            operation, cancellationToken: cancellationToken);
        var points = new List<ScoredPoint>();
        foreach (var p in result.GetProperty("points").EnumerateArray())
        {
            if (!Guid.TryParse(p.GetProperty("id").ToString(), out var id))
                throw new QdrantException(operation, QdrantFailure.InvalidResponse, $"Qdrant returned the point id {p.GetProperty("id")}, not a UUID, to {operation}.");
            var payload = new Dictionary<string, string>(StringComparer.Ordinal);
            if (p.TryGetProperty("payload", out var fields) && fields.ValueKind == JsonValueKind.Object)
                foreach (var field in fields.EnumerateObject())
                    payload[field.Name] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
            points.Add(new ScoredPoint(id, p.GetProperty("score").GetDouble(), payload));
        }
        return points;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(string collection, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Post, $"collections/{Escape(collection)}/points/count", QdrantRequestBodies.ExactCount(),
            $"count the points of '{collection}'", cancellationToken: cancellationToken);
        return result.GetProperty("count").GetInt64();
    }

    /// <inheritdoc />
    public async Task<SnapshotInfo> CreateSnapshotAsync(string collection, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Post, $"collections/{Escape(collection)}/snapshots?wait=true", null,
            $"snapshot '{collection}'", cancellationToken: cancellationToken);
        return ReadSnapshot(result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(string collection, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Get, $"collections/{Escape(collection)}/snapshots", null,
            $"list the snapshots of '{collection}'", cancellationToken: cancellationToken);
        return [.. result.EnumerateArray().Select(ReadSnapshot)];
    }

    private static SnapshotInfo ReadSnapshot(JsonElement s) => new(
        s.GetProperty("name").GetString()!,
        s.TryGetProperty("creation_time", out var time) && time.ValueKind == JsonValueKind.String && DateTime.TryParse(time.GetString(), out var t) ? t : null,
        s.TryGetProperty("size", out var size) ? size.GetInt64() : 0);

    private static string Escape(string name) => Uri.EscapeDataString(name);

    /// <summary>Sends one request and returns the <c>result</c> of Qdrant's answer, or throws a <see cref="QdrantException"/>.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, HttpContent? body, string operation,
        bool expectJson = true, CancellationToken cancellationToken = default)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var server = http.BaseAddress?.ToString().TrimEnd('/') ?? "(no Qdrant URL)";
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = body };
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new QdrantException(operation, QdrantFailure.Rejected,
                    $"Qdrant at {server} refused to {operation}: {(int)response.StatusCode} {ErrorText(text, response.ReasonPhrase)}", response.StatusCode);
            if (!expectJson) return default;
            using var json = JsonDocument.Parse(text);
            return json.RootElement.GetProperty("result").Clone();
        }
        catch (QdrantException e)
        {
            QdrantLog.RequestFailed(logger, operation, server, e.Message);
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            QdrantLog.RequestFailed(logger, operation, server, e.Message);
            throw new QdrantException(operation, QdrantFailure.Unreachable, $"Qdrant at {server} is unreachable, could not {operation}: {e.Message}", inner: e);
        }
        catch (Exception e) when (e is ExecutionRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The pipeline's total timeout (or HttpClient.Timeout) ran out; the caller did not cancel.
            QdrantLog.RequestFailed(logger, operation, server, e.Message);
            throw new QdrantException(operation, QdrantFailure.Timeout, $"Qdrant at {server} did not answer in time, could not {operation}: {e.Message}", inner: e);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new QdrantException(operation, QdrantFailure.InvalidResponse, $"Qdrant at {server} answered in an unexpected shape to {operation}: {e.Message}", inner: e);
        }
    }

    // Qdrant's errors look like {"status":{"error":"Not found: Collection `x` doesn't exist!"}}.
    private static string ErrorText(string body, string? reason)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object
                && status.TryGetProperty("error", out var error))
                return error.GetString() ?? reason ?? "";
        }
        catch (JsonException)
        {
            // Not Qdrant's JSON (a proxy's page, say): show the start of it.
        }
        return body.Length > 0 ? body[..Math.Min(body.Length, 200)] : reason ?? "";
    }
}
