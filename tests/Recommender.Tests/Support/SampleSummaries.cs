namespace CategoryMatch.Tests.Support;

/// <summary>Entrant summaries that several test classes send, written once.</summary>
public static class SampleSummaries
{
    /// <summary>A Russian AI voice bot: the programme sends AI solutions to its dedicated nomination 13.</summary>
    public const string RussianAiVoiceBot =
        "Мы запустили голосового робота на базе искусственного интеллекта: нейросеть распознаёт речь клиента, " +
        "понимает намерение и сама отвечает на вопросы о балансе и тарифах. Бот закрывает 40% звонков без оператора.";
}
