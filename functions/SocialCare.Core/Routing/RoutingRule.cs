namespace SocialCare.Core.Routing;

/// <summary>
/// One ordered routing rule: the first rule whose conditions all hold sends the case to <see cref="Team"/>.
/// Each list is a condition only when non-empty; within a list any value matches.
/// </summary>
public sealed record RoutingRule(string Name, string Team, RuleConditions? When = null);

/// <summary>Values are wire names: intents (question, complaint, purchase_intent…), sentiments, signals, platforms, languages, channel ids.</summary>
public sealed record RuleConditions(
    IReadOnlyList<string>? Intents = null,
    IReadOnlyList<string>? Sentiments = null,
    IReadOnlyList<string>? Signals = null,
    IReadOnlyList<string>? Platforms = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<string>? Channels = null);
