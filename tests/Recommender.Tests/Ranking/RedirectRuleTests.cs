using CategoryMatch.Core.Ranking;
using CategoryMatch.Tests.Support;

namespace CategoryMatch.Tests.Ranking;

/// <summary>Every redirect rule of the catalog fires on a summary it describes and sends the entry where the programme says.</summary>
public sealed class RedirectRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "ru-cca:12", "ru-cca:13", "Внедрили систему прогнозирования нагрузки и планирования смен: прогноз строит нейросетевая модель машинного обучения." },
        { "ru-cca:14", "ru-cca:13", "Голосовой робот на базе генеративного искусственного интеллекта принимает входящие звонки и понимает свободную речь." },
        { "ru-cca:14", "ru-cca:12", "Программные роботы RPA переносят данные между учётными системами бэк-офиса и формируют отчётность без участия сотрудников." },
        { "ru-cca:33", "ru-cca:34", "Чат в мобильном приложении полностью автоматизирован: сценарный бот ведёт клиента, живых операторов в канале нет." },
        { "ru-cca:51", "ru-cca:53", "Наша команда из 40 специалистов работает только в чате, мессенджерах и соцсетях; голосовых звонков мы не принимаем." },
        { "ru-cca:51", "ru-cca:54", "Команда из 45 операторов работает исключительно на исходящих звонках и продаёт страховые продукты по телефону." },
        { "ru-cca:51", "ru-cca:55", "Команда из 60 сотрудников занимается взысканием просроченной задолженности: звонки должникам и реструктуризация долга." },
        { "ru-cca:51", "ru-cca:52", "Наш коллектив — 250 операторов на двух площадках, обслуживаем клиентов по телефону, в чате и по почте." },
        { "ru-cca:52", "ru-cca:51", "Наша команда из 70 сотрудников обслуживает клиентов по телефону, в чате и по электронной почте." },
        { "ru-cca:52", "ru-cca:53", "Команда из 80 специалистов отвечает клиентам только письменно: чат, мессенджеры и email, телефонной линии нет." },
        { "ru-cca:52", "ru-cca:54", "Отдел из 160 операторов работает только на исходящих звонках: продажи кредитных карт и телемаркетинг." },
        { "ru-cca:52", "ru-cca:55", "Подразделение из 160 сотрудников занимается только взысканием просроченной задолженности." },
        { "ru-cca:34", "ru-cca:13", "Мы — разработчик и поставщик решений: вместе с заказчиком внедрили голосового робота на базе искусственного интеллекта, который сам отвечает клиентам." },
        { "ru-cca:34", "ru-cca:14", "Мы — поставщик технологической платформы: вместе с банком-заказчиком внедрили сценарного чат-бота и автоматизировали ответы клиентам без нейросетей." },
        { "ru-cca:54", "ru-cca:55", "Команда из 40 операторов работает на исходящих звонках и занимается исключительно взысканием просроченной задолженности." },
        { "ru-cca:58", "ru-cca:57", "Команда контроля качества прослушивает и оценивает звонки операторов по чек-листу и проводит калибровки." },
        { "ru-cca:61", "ru-cca:62", "Анна работает оператором и занимается исключительно продажами страховых продуктов по телефону." },
        { "ru-cca:61", "ru-cca:64", "Игорь — руководитель смены и супервизор, под его началом 24 оператора." },
        { "ru-cca:68", "ru-cca:67", "Ольга — руководитель контакт-центра: она управляет площадкой на 300 операторов и командой супервизоров." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AFiledCategorysRuleSendsTheEntryWhereTheProgrammeSays(string filed, string target, string text)
    {
        var result = await Models.Recommender().RecommendAsync(new RecommendationRequest(text, "ru-cca", 5, filed));

        Assert.NotNull(result.Redirect);
        Assert.Equal(filed, result.Redirect.From);
        Assert.Equal(target, result.Redirect.To);
        Assert.Equal(target, result.Results[0].Category.Id);
        Assert.Equal(filed, result.Results[0].RedirectedFrom);
        Assert.Equal("rule", result.Results[0].Evidence[0].Kind);
    }

    [Fact]
    public void EveryRuleInTheCatalogHasACaseHere()
    {
        var covered = Cases.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        var rules = Models.Real.Catalog.RedirectRules.Select(r => (r.FromId, r.ToId)).Distinct().ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Contains(rule, covered));
    }

    [Fact]
    public async Task ARuleDoesNotFireWhenTheTextSaysTheOpposite()
    {
        var text = "Команда внедрила единое окно оператора: CRM, биллинг и база знаний в одном интерфейсе, на классических правилах, без машинного обучения.";

        var result = await Models.Recommender().RecommendAsync(new RecommendationRequest(text, "ru-cca", 5, "ru-cca:12"));

        Assert.Null(result.Redirect);
        Assert.Equal("ru-cca:12", result.Results[0].Category.Id);
    }

    private const string MachineLearningForecast =
        "Внедрили систему прогнозирования нагрузки и планирования смен (WFM), прогноз строит модель машинного обучения.";

    [Fact]
    public async Task WithoutAFiledCategoryAFiringRulePromotesItsTargetAboveItsSource()
    {
        // The rule's own mechanics: the model's say over a source it reads as likely is switched off (above 1).
        var recommender = new CategoryRecommender(Models.Real, new InMemoryCategoryIndex(Models.Real.CategoryVectors),
            new RankingOptions { RuleSourceProbability = 1.01 }, Models.BuiltinExamples);

        // All 47 of the programme's categories, so the source is always in the list to compare with.
        var result = await recommender.RecommendAsync(new RecommendationRequest(MachineLearningForecast, "ru-cca", 47));

        var ids = result.Results.Select(r => r.Category.Id).ToList();
        Assert.Equal(47, ids.Count);
        Assert.True(ids.IndexOf("ru-cca:13") < ids.IndexOf("ru-cca:12"), $"13 at {ids.IndexOf("ru-cca:13")}, 12 at {ids.IndexOf("ru-cca:12")}");
        Assert.Equal("ru-cca:12", result.Results.Single(r => r.Category.Id == "ru-cca:13").RedirectedFrom);
    }

    [Fact]
    public async Task WithoutAFiledCategoryTheSourceKeepsItsPlaceExactlyWhenTheModelReadsItAsMoreLikelyThanNot()
    {
        // Whether a forecast built by machine learning is an AI solution (13) or workforce management (12) is the
        // kind of reading the model learned from the corpus; the ranking must follow that reading either way.
        var options = new RankingOptions();
        var result = await Models.Recommender().RecommendAsync(new RecommendationRequest(MachineLearningForecast, "ru-cca", 47));

        var ids = result.Results.Select(r => r.Category.Id).ToList();
        var source = result.Results.Single(r => r.Category.Id == "ru-cca:12");
        var sourceStands = source.Score >= options.RuleSourceProbability;
        Assert.True(sourceStands == ids.IndexOf("ru-cca:12") < ids.IndexOf("ru-cca:13"),
            $"12 at {ids.IndexOf("ru-cca:12")} with {source.Score:F3}, 13 at {ids.IndexOf("ru-cca:13")}, the gate at {options.RuleSourceProbability}");
    }
}
