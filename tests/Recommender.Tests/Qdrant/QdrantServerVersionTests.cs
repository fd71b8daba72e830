using CategoryMatch.Core.Qdrant;
using CategoryMatch.Indexer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CategoryMatch.Tests.Qdrant;

/// <summary>The API and the indexer read Qdrant's version at start and refuse a server older than the tested one.</summary>
[Collection(QdrantCollection.Name)]
public sealed class QdrantServerVersionTests(QdrantFixture qdrant) : IAsyncLifetime
{
    private readonly OlderQdrantImpostor _older = new("1.15.0");

    public async Task InitializeAsync()
    {
        await qdrant.ResetAsync();
        await _older.StartAsync();
    }

    public async Task DisposeAsync() => await _older.DisposeAsync();

    [Theory]
    [InlineData("1.16.3", true)]
    [InlineData("1.17.0", true)]
    [InlineData("v1.20.1-dev", true)]
    [InlineData("2.0", true)]
    [InlineData("1.16.2", false)]
    [InlineData("1.9.10", false)]
    [InlineData("1.15.0", false)]
    public void VersionsAreComparedAsNumbersAgainstTheTestedOne(string reported, bool supported)
    {
        var version = QdrantServerVersion.Parse(reported);

        Assert.NotNull(version);
        Assert.Equal(supported, QdrantServerVersion.IsSupported(version));
    }

    [Fact(Timeout = 30_000)]
    public async Task ThePinnedServerReportsTheTestedVersion()
    {
        await using var services = qdrant.CreateServices();

        var version = await services.GetRequiredService<QdrantConnection>().CheckServerVersionAsync();

        Assert.Equal(QdrantServerVersion.Tested, version);
    }

    [Fact]
    public void TheApiRefusesToStartOnAnOlderServerNamingBothVersions()
    {
        using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Qdrant:GrpcUrl", _older.GrpcUrl));

        var error = Assert.Throws<QdrantCallException>(() => api.CreateClient());

        Assert.Equal(QdrantFailure.UnsupportedVersion, error.Failure);
        AssertOneLineNamingBothVersions(error.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task TheIndexerRefusesAnOlderServerWithOneLineAndWritesNothing()
    {
        var (code, output, errors) = await IndexerCommand.RunAsync("--qdrant-grpc", _older.GrpcUrl);

        Assert.Equal(IndexerRun.QdrantFailed, code);
        Assert.Equal("", output);
        AssertOneLineNamingBothVersions(errors.TrimEnd());
    }

    [Fact(Timeout = 60_000)]
    public async Task TheIndexerNamesTheServerVersionAndWritesTheCatalog()
    {
        var (code, output, errors) = await IndexerCommand.RunAsync("--qdrant", qdrant.Url);

        Assert.True(code == IndexerRun.Done, errors);
        Assert.StartsWith($"Qdrant {QdrantServerVersion.Tested} at {qdrant.Server.GrpcUrl}/", output);
        Assert.Contains("wrote 61 categories", output);
    }

    private static void AssertOneLineNamingBothVersions(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.Contains("1.15.0", message);
        Assert.Contains(QdrantServerVersion.Tested.ToString(), message);
    }
}
