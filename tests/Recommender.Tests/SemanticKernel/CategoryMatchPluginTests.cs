using CategoryMatch.Core.Audit;
using CategoryMatch.SemanticKernel;
using CategoryMatch.Tests.Support;
using Microsoft.SemanticKernel;

namespace CategoryMatch.Tests.SemanticKernel;

/// <summary>The recommender as Semantic Kernel functions, invoked through a Kernel as an assistant would.</summary>
public sealed class CategoryMatchPluginTests
{
    private const string VoiceBot = "Голосовой бот на базе генеративного ИИ принимает входящие звонки и сам решает 46% обращений.";

    private readonly Kernel _kernel = BuildKernel();

    [Fact]
    public void ThePluginOffersRecommendAndAuditWithDescriptions()
    {
        var plugin = _kernel.Plugins[CategoryMatchPlugin.Name];

        Assert.Equal(["audit", "recommend"], plugin.Select(f => f.Name).Order());
        Assert.All(plugin, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        var audit = plugin["audit"].Metadata;
        Assert.Contains(audit.Parameters, p => p.Name == "filedCategory" && p.IsRequired && p.Description.Length > 0);
        Assert.Contains(audit.Parameters, p => p.Name == "program" && !p.IsRequired);
    }

    [Fact]
    public async Task RecommendingForARussianAiVoiceBotSummaryPutsTheAiNominationFirst()
    {
        var result = await _kernel.InvokeAsync(CategoryMatchPlugin.Name, "recommend",
            new KernelArguments { ["text"] = VoiceBot, ["program"] = "ru-cca", ["top"] = 3 });

        var advice = result.GetValue<RoutingAdvice>()!;
        Assert.Equal("ru", advice.Language);
        Assert.False(advice.NoMatch);
        Assert.Equal(3, advice.Categories.Count);
        Assert.Equal("ru-cca:13", advice.Categories[0].CategoryId);
        Assert.True(advice.Categories[0].Confidence > 0.5, $"{advice.Categories[0].Confidence}");
        Assert.NotEmpty(advice.Categories[0].Evidence);
    }

    [Fact]
    public async Task AuditingAnAiVoiceBotFiledInTheAutomationNominationRedirectsItToTheAiOne()
    {
        var result = await _kernel.InvokeAsync(CategoryMatchPlugin.Name, "audit",
            new KernelArguments { ["text"] = VoiceBot, ["filedCategory"] = "ru-cca:14", ["entryId"] = "E-1" });

        var verdict = result.GetValue<AuditResult>()!;
        Assert.Equal(AuditVerdict.Redirect, verdict.Verdict);
        Assert.Equal("ru-cca:13", verdict.SuggestedCategory);
        Assert.Equal("E-1", verdict.Id);
        Assert.Contains("ru-cca:13", verdict.Reason);
    }

    [Fact]
    public async Task AuditingAnAiVoiceBotFiledInTheAiNominationSaysOk()
    {
        var result = await _kernel.InvokeAsync(CategoryMatchPlugin.Name, "audit",
            new KernelArguments { ["text"] = VoiceBot, ["filedCategory"] = "ru-cca:13" });

        var verdict = result.GetValue<AuditResult>()!;
        Assert.Equal(AuditVerdict.Ok, verdict.Verdict);
        Assert.Null(verdict.SuggestedCategory);
    }

    [Fact]
    public async Task AuditingAgainstAnUnknownCategoryFailsNamingTheArgument()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _kernel.InvokeAsync(CategoryMatchPlugin.Name, "audit",
            new KernelArguments { ["text"] = VoiceBot, ["filedCategory"] = "ru-cca:999" }));

        Assert.Equal("filedCategory", error.ParamName);
    }

    private static Kernel BuildKernel()
    {
        var recommender = Models.Recommender();
        var builder = Kernel.CreateBuilder();
        builder.Plugins.AddFromObject(new CategoryMatchPlugin(recommender, new CategoryAuditor(recommender, new AuditOptions())), CategoryMatchPlugin.Name);
        return builder.Build();
    }
}
