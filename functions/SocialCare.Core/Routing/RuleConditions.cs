namespace SocialCare.Core.Routing;

/// <summary>Values are wire names: intents (question, complaint, purchase_intent…), sentiments, signals, platforms, languages, channel ids.</summary>
public sealed record RuleConditions(
    IReadOnlyList<string>? Intents = null,
    IReadOnlyList<string>? Sentiments = null,
    IReadOnlyList<string>? Signals = null,
    IReadOnlyList<string>? Platforms = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<string>? Channels = null);
