namespace CategoryMatch.Neural;

/// <summary>How a model's text is cut into token ids.</summary>
public enum NeuralTokenizerKind
{
    /// <summary>BERT WordPiece from a <c>vocab.txt</c> ([CLS] … [SEP], e.g. multilingual BERT, LaBSE, MiniLM-L12 English).</summary>
    WordPiece,

    /// <summary>
    /// SentencePiece from a <c>sentencepiece.bpe.model</c>, with XLM-RoBERTa's ids (&lt;s&gt; … &lt;/s&gt;,
    /// ids shifted by one as fairseq does): multilingual-e5, paraphrase-multilingual-MiniLM/mpnet.
    /// </summary>
    SentencePiece,
}
