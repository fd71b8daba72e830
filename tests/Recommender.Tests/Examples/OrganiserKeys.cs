using System.Security.Cryptography;

namespace CategoryMatch.Tests.Examples;

/// <summary>The organiser keys the tests' hosts are configured with (as hashes, as operators configure them).</summary>
public static class OrganiserKeys
{
    /// <summary>A key for ru-cca only.</summary>
    public const string RuCca = "ru-cca-organiser-key-7f3a";

    /// <summary>A key for lt-iba only.</summary>
    public const string LtIba = "lt-iba-organiser-key-91c2";

    /// <summary>A key for a programme the catalog does not have.</summary>
    public const string Unknown = "no-such-programme-key-0b5d";

    /// <summary>Lower-case hex SHA-256 of <paramref name="key"/>, as <c>Organisers:Keys:*:Sha256</c> holds it.</summary>
    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>Configuration settings for the three keys.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Organisers:Keys:0:Name"] = "ru-cca organiser",
        ["Organisers:Keys:0:Sha256"] = Sha256(RuCca),
        ["Organisers:Keys:0:Programs:0"] = "ru-cca",
        ["Organisers:Keys:1:Name"] = "lt-iba organiser",
        ["Organisers:Keys:1:Sha256"] = Sha256(LtIba),
        ["Organisers:Keys:1:Programs:0"] = "lt-iba",
        ["Organisers:Keys:2:Name"] = "organiser of a programme that is gone",
        ["Organisers:Keys:2:Sha256"] = Sha256(Unknown),
        ["Organisers:Keys:2:Programs:0"] = "xx-gone",
    };
}
