using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CategoryMatch.Core;

/// <summary>
/// How every JSON answer writes text: letters of every script as they are (UTF-8), so a Greek, Lithuanian,
/// Russian or Turkish reader of a raw response, a log or <c>curl</c> output sees words, not <c>\u041b</c>;
/// HTML-sensitive characters (<c>&lt; &gt; &amp; ' "</c>) and control characters are still escaped, so a
/// response pasted into a page cannot open a tag.
/// </summary>
public static class JsonText
{
    /// <summary>The encoder: all of Unicode's basic plane allowed, the HTML-sensitive characters escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
