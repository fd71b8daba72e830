using System.ComponentModel.DataAnnotations;

namespace CategoryMatch.Api.Extensions;

/// <summary>How the OpenAPI document describes the API. Bound from the configuration section <c>OpenApi</c>.</summary>
public sealed class ApiReferenceOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "OpenApi";

    /// <summary>
    /// The public address of the API (<c>https://awards.example.org/categorymatch</c>), written as the document's
    /// only server; empty (the default) writes no server, so clients use the address they fetched the document from.
    /// </summary>
    [Url]
    public string? ServerUrl { get; set; }
}
