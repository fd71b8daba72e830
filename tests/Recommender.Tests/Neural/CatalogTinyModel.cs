using System.Globalization;
using System.Text;
using CategoryMatch.Core;
using CategoryMatch.Core.Encoding;

namespace CategoryMatch.Tests.Neural;

/// <summary>A <see cref="TinyBertModel"/> whose vocabulary is every word of the catalog's category passages, so each category gets its own direction.</summary>
public static class CatalogTinyModel
{
    /// <summary>Writes the model for <paramref name="model"/>'s categories.</summary>
    public static TinyBertModel Write(RecommenderModel model)
    {
        var words = model.Catalog.Categories.Select(CategoryNeuralVectors.PassageOf)
            .SelectMany(passage => passage.Split(IsSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            // BertTokenizer drops accents before looking words up, so the vocabulary holds both forms.
            .SelectMany(w => new[] { w, WithoutAccents(w) });
        return TinyBertModel.Write(words);
    }

    private static readonly char[] IsSeparator =
        [.. Enumerable.Range(0, 0x3000).Select(i => (char)i).Where(c => !char.IsLetterOrDigit(c))];

    private static string WithoutAccents(string word) =>
        new([.. word.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
