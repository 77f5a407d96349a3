using SocialCare.Core.Classification;

namespace SocialCare.Core.Routing;

/// <summary>The names intents and sentiments have in JSON, which rules use.</summary>
public static class WireNames
{
    public static IReadOnlyList<string> Intents { get; } = ["question", "complaint", "praise", "purchase_intent", "abuse", "spam", "other"];
    public static IReadOnlyList<string> Sentiments { get; } = ["positive", "neutral", "negative", "mixed"];

    public static string Of(Intent intent) => Intents[(int)intent];

    public static string Of(Sentiment sentiment) => Sentiments[(int)sentiment];
}
