using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CategoryMatch.Api.Extensions;

/// <summary>
/// Puts a request example on the operations named in <c>OpenApi/examples.json</c> (by endpoint name), so
/// the reference page opens with a real summary in the programme's language rather than <c>"string"</c>.
/// </summary>
internal sealed class OpenApiExamples : IOpenApiOperationTransformer
{
    /// <summary>The file, beside the API's assembly.</summary>
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "OpenApi", "examples.json");

    private static readonly Lazy<JsonObject> Examples = new(() =>
        JsonNode.Parse(File.ReadAllText(FilePath))?.AsObject() ?? throw new InvalidDataException($"{FilePath} holds no JSON object."));

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is not null && Examples.Value[name] is { } example
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
            json.Example = example.DeepClone();
        return Task.CompletedTask;
    }
}
