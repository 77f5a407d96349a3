namespace SocialCare.Core.Routing;

/// <summary>Picks the team for a case: the first matching rule, else the fallback team.</summary>
public static class RuleEngine
{
    public static RoutingRule? FirstMatch(IReadOnlyList<RoutingRule> rules, CaseFacts facts) =>
        rules.FirstOrDefault(r => Matches(r.When, facts));

    public static string TeamFor(IReadOnlyList<RoutingRule> rules, CaseFacts facts, string fallbackTeam) =>
        FirstMatch(rules, facts)?.Team ?? fallbackTeam;

    public static bool Matches(RuleConditions? when, CaseFacts f) =>
        when is null
        || (Holds(when.Intents, f.Intent)
            && Holds(when.Sentiments, f.Sentiment)
            && (when.Signals is not { Count: > 0 } || when.Signals.Any(f.Signals.Contains))
            && Holds(when.Platforms, f.Platform)
            && Holds(when.Languages, f.Language)
            && Holds(when.Channels, f.ChannelId));

    private static bool Holds(IReadOnlyList<string>? values, string value) =>
        values is not { Count: > 0 } || values.Contains(value, StringComparer.OrdinalIgnoreCase);
}
