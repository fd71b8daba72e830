using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CategoryMatch.Core.DataFiles;

/// <summary>Reads the project's YAML data files, turning parse errors into messages that name the file.</summary>
public static class YamlFiles
{
    // Unknown keys are errors, not silently dropped: a misspelt "titel" must not vanish in review.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Deserialises <paramref name="path"/>; throws <see cref="DataFileException"/> naming file, line and problem.</summary>
    public static T Read<T>(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Deserializer.Deserialize<T>(reader)
                ?? throw new DataFileException($"{DisplayName(path)}: the file is empty.");
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            throw new DataFileException($"{DisplayName(path)}: line {e.Start.Line}, column {e.Start.Column}: {detail}");
        }
    }

    /// <summary>The path as a person reading an error knows it: relative to the data folder's parent.</summary>
    public static string DisplayName(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Directory.GetParent(Path.GetDirectoryName(full)!)?.FullName;
        return parent is null ? full : Path.GetRelativePath(Directory.GetParent(parent)?.FullName ?? parent, full);
    }
}
