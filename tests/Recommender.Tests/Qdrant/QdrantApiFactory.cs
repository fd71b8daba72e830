using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The real API pipeline in memory, configured with <c>Qdrant:Url</c> so Qdrant serves the category index.</summary>
public sealed class QdrantApiFactory(string qdrantUrl) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        // UseSetting, not ConfigureAppConfiguration: AddRecommender reads Qdrant:Url while the app is being built.
        builder.UseSetting("Qdrant:Url", qdrantUrl);
}
