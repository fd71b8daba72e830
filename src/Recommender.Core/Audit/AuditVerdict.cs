using System.Text.Json.Serialization;

namespace CategoryMatch.Core.Audit;

/// <summary>What the audit says about the category an entry was filed in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditVerdict>))]
public enum AuditVerdict
{
    /// <summary>The filed category fits (or nothing fits clearly better).</summary>
    [JsonStringEnumMemberName("ok")] Ok,

    /// <summary>A redirect rule of the filed category itself sends the entry elsewhere.</summary>
    [JsonStringEnumMemberName("redirect")] Redirect,

    /// <summary>Another category fits clearly better, while the filed one is implausible (below <see cref="AuditOptions.MaxFiledProbability"/>).</summary>
    [JsonStringEnumMemberName("misfiled")] Misfiled,

    /// <summary>The text holds too little evidence to judge.</summary>
    [JsonStringEnumMemberName("uncertain")] Uncertain,
}
