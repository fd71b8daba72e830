namespace CategoryMatch.Api.Extensions;

/// <summary>
/// A request body whose first bytes were read ahead and are served again first, then the rest as it comes.
/// A body sent chunked (as HttpClient's <c>PostAsJsonAsync</c> sends it) declares no length, so its first
/// bytes are read to tell a small batch from a heavy one before admission (<see cref="HeavyWorkPolicy"/>).
/// </summary>
internal sealed class PeekedBody(ReadOnlyMemory<byte> peeked, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _peeked = peeked;

    /// <summary>
    /// Reads up to <paramref name="limit"/> + 1 bytes of <paramref name="request"/>'s body, puts them back in front
    /// of the rest, and tells whether the whole body was at most <paramref name="limit"/> bytes.
    /// </summary>
    public static async Task<bool> EndsWithinAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0) read += n;
        request.Body = new PeekedBody(buffer.AsMemory(0, read), request.Body);
        return read <= limit;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => _peeked.IsEmpty ? rest.Read(buffer) : TakePeeked(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _peeked.IsEmpty ? rest.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(TakePeeked(buffer.Span));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakePeeked(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _peeked.Length);
        _peeked.Span[..n].CopyTo(buffer);
        _peeked = _peeked[n..];
        return n;
    }
}
