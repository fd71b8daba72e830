namespace CategoryMatch.Neural;

/// <summary>The configured model or tokenizer cannot be used: missing, unreadable, or not a BERT-style sentence encoder.</summary>
public sealed class NeuralModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NeuralModelException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public NeuralModelException(string message, Exception innerException) : base(message, innerException) { }
}
