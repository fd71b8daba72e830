using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Qdrant;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Catalog;

/// <summary>The catalog fingerprint the indexer stores with the collection, and what the API reads from comparing it.</summary>
public sealed class CatalogFingerprintTests
{
    private static readonly CategoryCatalog Catalog = Models.Real.Catalog;
    private static readonly CatalogFingerprint Whole = CatalogFingerprint.Of(Catalog);

    [Fact]
    public void TheSameCatalogCoversItselfWithTheSameHash()
    {
        var coverage = Whole.Cover(CatalogFingerprint.Of(Models.Real.Catalog));

        Assert.True(coverage.SameCatalog);
        Assert.Empty(coverage.Missing);
        Assert.Empty(coverage.Extra);
        Assert.False(coverage.Lacks(null));
        Assert.Equal("", coverage.Describe());
        Assert.Equal(64, Whole.Hash.Length);
        Assert.Equal(47, Whole.Programmes["ru-cca"].Count);
    }

    [Fact]
    public void AnIndexWithoutAProgrammeLacksItAndEveryOneOfItsCategories()
    {
        var indexed = CatalogFingerprint.Of(new CategoryCatalog([.. Catalog.Programmes.Where(p => p.Id != "tr-cca")]));

        var coverage = Whole.Cover(indexed);

        Assert.False(coverage.SameCatalog);
        Assert.Equal(["tr-cca"], coverage.MissingProgrammes);
        Assert.Equal(["tr-cca:1"], coverage.Missing["tr-cca"]);
        Assert.True(coverage.Lacks("tr-cca"));
        Assert.True(coverage.Lacks(null));
        Assert.False(coverage.Lacks("ru-cca"));
        Assert.Equal("The category index lacks programme tr-cca.", coverage.Describe());
    }

    [Fact]
    public void AnIndexMissingOneCategoryAndHoldingAnUnknownOneNamesBoth()
    {
        var ru = Catalog.FindProgramme("ru-cca")!;
        var renamed = ru.Categories[0] with { Id = "ru-cca:99", Code = "99" };
        var indexed = CatalogFingerprint.Of(new CategoryCatalog([.. Catalog.Programmes.Select(p => p.Id == "ru-cca"
            ? p with { Categories = [renamed, .. ru.Categories.Skip(1)] } : p)]));

        var coverage = Whole.Cover(indexed);

        Assert.Empty(coverage.MissingProgrammes);
        Assert.Equal([ru.Categories[0].Id], coverage.Missing["ru-cca"]);
        Assert.Equal(["ru-cca:99"], coverage.Extra);
        Assert.Equal($"The category index lacks category {ru.Categories[0].Id}; holds category the catalog does not know: ru-cca:99.", coverage.Describe());
    }

    [Fact]
    public void ARetitledCategoryChangesTheHashButLacksNothing()
    {
        var gr = Catalog.FindProgramme("gr-csa")!;
        var indexed = CatalogFingerprint.Of(new CategoryCatalog([.. Catalog.Programmes.Select(p => p.Id == "gr-csa"
            ? p with { Categories = [gr.Categories[0] with { TitleEn = "Another title" }, .. gr.Categories.Skip(1)] } : p)]));

        var coverage = Whole.Cover(indexed);

        Assert.False(coverage.SameCatalog);
        Assert.Empty(coverage.Missing);
        Assert.Empty(coverage.Extra);
    }

    [Fact]
    public void TheFingerprintSurvivesTheTripThroughCollectionMetadata()
    {
        var metadata = CategoryCollection.Metadata(Whole);

        var read = CategoryCollection.FingerprintOf(metadata);

        Assert.NotNull(read);
        Assert.Equal(Whole.Hash, read.Hash);
        Assert.Equal(Whole.Programmes.Keys.Order(), read.Programmes.Keys.Order());
        Assert.All(Whole.Programmes, p => Assert.Equal(p.Value, read.Programmes[p.Key]));
        Assert.Null(CategoryCollection.FingerprintOf(new Dictionary<string, global::Qdrant.Client.Grpc.Value>()));
    }
}
