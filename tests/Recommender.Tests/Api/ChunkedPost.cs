using System.Net.Sockets;
using System.Text;

namespace CategoryMatch.Tests.Api;

/// <summary>
/// Posts a chunked JSON body of a given size over a raw HTTP/1.1 connection and reads whatever the server answers.
/// HttpClient will not do for a body the server refuses midway: it sends the whole body before it reads, and the
/// server, having answered 413, closes the connection under the rest of the body, so the client now and then saw
/// the reset instead of the answer (under a loaded test run). Here the body stops just past the limit, without its
/// last chunk, and the answer is read from what arrived before the connection closed.
/// </summary>
internal static class ChunkedPost
{
    private static readonly System.Text.Encoding Ascii = System.Text.Encoding.ASCII, Utf8 = System.Text.Encoding.UTF8;

    public sealed record Response(int Status, string Head, string Body)
    {
        public override string ToString() => $"{Head.Split("\r\n")[0]} {Body}";
    }

    public static async Task<Response> SendAsync(Uri server, string path, int bodyBytes, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(Ascii.GetBytes(
                $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), cancellationToken);
            var chunk = Ascii.GetBytes("{\"text\": \"" + new string('a', 64 * 1024 - 10));
            for (var sent = 0; sent < bodyBytes; sent += chunk.Length)
            {
                await stream.WriteAsync(Ascii.GetBytes($"{chunk.Length:X}\r\n"), cancellationToken);
                await stream.WriteAsync(chunk, cancellationToken);
                await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
                chunk = Ascii.GetBytes(new string('a', chunk.Length));
            }
        }
        catch (IOException)
        {
            // The server answered and closed while the last chunks were on their way; its answer is still readable.
        }

        var received = new MemoryStream();
        try { await stream.CopyToAsync(received, cancellationToken); }
        catch (IOException) { /* the connection was reset after the answer arrived */ }
        return Parse(Utf8.GetString(received.ToArray()));
    }

    private static Response Parse(string raw)
    {
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return new Response(0, raw, "");
        var head = raw[..end];
        var body = raw[(end + 4)..];
        var status = int.TryParse(head.Split(' ', 3).ElementAtOrDefault(1), out var s) ? s : 0;
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return new Response(status, head, body);
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        for (var at = 0; at < chunked.Length;)
        {
            var line = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (line < 0) break;
            var size = Convert.ToInt32(chunked[at..line].Split(';')[0], 16);
            if (size == 0) break;
            body.Append(chunked, line + 2, size);
            at = line + 2 + size + 2;
        }
        return body.ToString();
    }
}
