using Microsoft.ML.Tokenizers;

namespace CategoryMatch.Neural;

/// <summary>BERT WordPiece from a <c>vocab.txt</c>: [CLS] tokens [SEP], padded with [PAD].</summary>
internal sealed class WordPieceModelTokenizer(BertTokenizer tokenizer) : ModelTokenizer
{
    public override long PaddingId => tokenizer.PaddingTokenId;

    public static WordPieceModelTokenizer Load(string vocabularyPath, bool lowerCase) =>
        new(BertTokenizer.Create(vocabularyPath, new BertOptions { LowerCaseBeforeTokenization = lowerCase }));

    public override int[] Encode(string text, int maxLength) =>
        [.. tokenizer.EncodeToIds(text, maxLength, addSpecialTokens: true, out _, out _)];
}
