using CategoryMatch.Core.Catalog;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Core.Qdrant;

/// <summary>
/// How categories are laid out in Qdrant: one point per category, id derived from the category id,
/// named vectors <c>concepts</c> (dense), <c>terms</c> (sparse) and, when a neural embedder is added,
/// <c>neural</c> (dense); payload with the ids and titles a reader needs without the catalog.
/// </summary>
public static class CategoryCollection
{
    /// <summary>The dense, language-independent concept vector.</summary>
    public const string ConceptsVector = "concepts";

    /// <summary>The sparse vector of stems.</summary>
    public const string TermsVector = "terms";

    /// <summary>Reserved for an optional neural sentence embedding.</summary>
    public const string NeuralVector = "neural";

    /// <summary>Payload field: canonical category id (<c>ru-cca:13</c>).</summary>
    public const string CategoryIdField = "categoryId";

    /// <summary>Payload field: programme id, keyword-indexed for filtering.</summary>
    public const string ProgramField = "program";

    /// <summary>Payload field: the programme's language, keyword-indexed.</summary>
    public const string LanguageField = "language";

    /// <summary>Payload fields with a keyword index.</summary>
    public static IReadOnlyList<string> IndexedFields { get; } = [ProgramField, LanguageField];

    /// <summary>Prefix of every versioned collection behind <paramref name="alias"/>.</summary>
    public static string VersionPrefix(string alias) => $"{alias}-v";

    /// <summary>The collection's vectors; <paramref name="neuralDimensions"/> adds the neural vector.</summary>
    public static CollectionSchema Schema(int conceptDimensions, int? neuralDimensions = null)
    {
        var dense = new Dictionary<string, int> { [ConceptsVector] = conceptDimensions };
        if (neuralDimensions is { } n) dense[NeuralVector] = n;
        return new CollectionSchema(dense, [TermsVector]);
    }

    /// <summary>The point of one category.</summary>
    public static QdrantPoint ToPoint(CategoryVectors vectors, Programme programme)
    {
        var c = vectors.Category;
        return new QdrantPoint(
            PointId.FromKey(c.Id),
            new Dictionary<string, float[]> { [ConceptsVector] = vectors.Concepts },
            new Dictionary<string, SparseVector> { [TermsVector] = vectors.Terms },
            new Dictionary<string, string>
            {
                [CategoryIdField] = c.Id,
                [ProgramField] = c.ProgrammeId,
                ["code"] = c.Code,
                [LanguageField] = programme.Language,
                ["title"] = c.Title,
                ["titleEn"] = c.TitleEn,
            });
    }
}
