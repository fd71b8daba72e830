using Microsoft.ML.Tokenizers;

namespace CategoryMatch.Neural;

/// <summary>
/// SentencePiece with XLM-RoBERTa's ids, as the multilingual sentence encoders built on it expect:
/// fairseq put &lt;s&gt;=0, &lt;pad&gt;=1, &lt;/s&gt;=2, &lt;unk&gt;=3 in front of the SentencePiece
/// vocabulary, so every other piece's id is the SentencePiece id plus one.
/// </summary>
internal sealed class SentencePieceModelTokenizer(SentencePieceTokenizer tokenizer) : ModelTokenizer
{
    private const int Start = 0;
    private const int Padding = 1;
    private const int End = 2;
    private const int Unknown = 3;
    private const int FairseqOffset = 1;

    public override long PaddingId => Padding;

    public static SentencePieceModelTokenizer Load(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return new(SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false));
    }

    public override int[] Encode(string text, int maxLength)
    {
        var pieces = tokenizer.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false,
            maxTokenCount: Math.Max(0, maxLength - 2), out _, out _);
        var ids = new int[pieces.Count + 2];
        ids[0] = Start;
        for (var i = 0; i < pieces.Count; i++)
            ids[i + 1] = pieces[i] == tokenizer.UnknownId ? Unknown : pieces[i] + FairseqOffset;
        ids[^1] = End;
        return ids;
    }
}
