using System.Collections.Frozen;
using CategoryMatch.Core.DataFiles;

namespace CategoryMatch.Core.Text;

/// <summary>
/// The per-language data of data/languages/&lt;lang&gt;.yaml: stop words, negation cues, the nouns
/// that make a number a headcount or seat count, month names, number words, and the Lithuanian
/// suffix list. Loaded once and shared by every analysis.
/// </summary>
public sealed class LanguageResources
{
    private readonly FrozenDictionary<string, LanguageProfile> _profiles;

    private LanguageResources(FrozenDictionary<string, LanguageProfile> profiles) => _profiles = profiles;

    /// <summary>The languages loaded: el, lt, ru, tr, en.</summary>
    public IReadOnlyCollection<string> Languages => TextAnalyzer.SupportedLanguages;

    /// <summary>
    /// Reads one file per supported language from <paramref name="languagesDirectory"/>.
    /// Throws <see cref="DataFileException"/> naming the file and field when a file is missing or broken.
    /// </summary>
    public static LanguageResources Load(string languagesDirectory)
    {
        if (!Directory.Exists(languagesDirectory))
            throw new DataFileException($"The languages folder '{languagesDirectory}' does not exist.");
        var profiles = new Dictionary<string, LanguageProfile>();
        var problems = new List<string>();
        foreach (var language in TextAnalyzer.SupportedLanguages)
        {
            var path = Path.Combine(languagesDirectory, language + ".yaml");
            var name = $"languages/{language}.yaml";
            if (!File.Exists(path))
            {
                problems.Add($"{name}: the file is missing.");
                continue;
            }
            var file = YamlFiles.Read<LanguageFile>(path);
            var profile = LanguageProfileCompiler.Compile(file, language, name, problems);
            if (profile is not null) profiles[language] = profile;
        }
        if (problems.Count > 0) throw DataFileException.From(problems);
        return new LanguageResources(profiles.ToFrozenDictionary());
    }

    internal LanguageProfile For(string language) =>
        _profiles.TryGetValue(language, out var profile)
            ? profile
            : throw new ArgumentException($"Language '{language}' is not supported; use one of {string.Join(", ", TextAnalyzer.SupportedLanguages)}.", nameof(language));
}
