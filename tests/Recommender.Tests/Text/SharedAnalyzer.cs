using CategoryMatch.Tests.Support;
using CategoryMatch.Core.Text;

namespace CategoryMatch.Tests.Text;

/// <summary>One analyser over the real data/languages files, shared by the text tests (it is thread-safe).</summary>
internal static class SharedAnalyzer
{
    public static TextAnalyzer Instance { get; } = new(LanguageResources.Load(Path.Combine(TestPaths.Data, "languages")));
}
