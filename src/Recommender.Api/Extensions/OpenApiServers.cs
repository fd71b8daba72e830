using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Sets the OpenAPI document's <c>servers</c> from configuration (<see cref="ApiReferenceOptions.ServerUrl"/>), or
/// leaves none, so the reference page calls the origin it was loaded from. By default the document names the
/// request's Host header, which any client may set (<c>AllowedHosts: *</c>): a cached or shared document could
/// then send the reference page's calls to another site.
/// </summary>
internal sealed class OpenApiServers(IOptions<ApiReferenceOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = options.Value.ServerUrl is { Length: > 0 } url ? [new OpenApiServer { Url = url }] : [];
        return Task.CompletedTask;
    }
}
