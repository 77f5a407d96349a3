using System.Net.Mail;

namespace SocialCare.Core.Routing;

/// <summary>Checks configuration before it is stored; the first problem is returned with the field it concerns.</summary>
public static class RoutingValidator
{
    public static RoutingError? Team(Team team, Notifications.TeamsWebhookUrlPolicy webhooks)
    {
        if (string.IsNullOrWhiteSpace(team.Name)) return new("name", "is required");
        if (team.Sla?.ByPriority is not { Count: > 0 } targets) return new("sla.byPriority", "needs at least one priority level");
        foreach (var (level, target) in targets)
        {
            if (level is < 1 or > 5) return new($"sla.byPriority.{level}", "priority levels are 1 to 5");
            if (target is null || target.FirstResponse <= TimeSpan.Zero || target.NextResponse <= TimeSpan.Zero || target.Resolution <= TimeSpan.Zero)
                return new($"sla.byPriority.{level}", "firstResponse, nextResponse and resolution must be positive durations (\"hh:mm:ss\")");
        }
        if (WebhookRefusal(team.TeamsWebhookUrl, webhooks) is { } teamWebhook) return new("teamsWebhookUrl", teamWebhook);
        if (!IsEmail(team.Email)) return new("email", "is not a valid email address");
        if (!Hours.LocalTimes.TryFindZone(team.TimeZone, out _)) return new("timeZone", "is not a known IANA time zone");
        return null;
    }

    public static RoutingError? Agent(Agent agent, IReadOnlyCollection<string> knownTeams, Notifications.TeamsWebhookUrlPolicy webhooks)
    {
        if (string.IsNullOrWhiteSpace(agent.Name)) return new("name", "is required");
        if (string.IsNullOrWhiteSpace(agent.Email) || !IsEmail(agent.Email)) return new("email", "is not a valid email address");
        if (agent.Capacity < 1) return new("capacity", "must be at least 1");
        if (agent.Teams is not { Count: > 0 }) return new("teams", "needs at least one team");
        var unknown = agent.Teams.FirstOrDefault(t => !knownTeams.Contains(t));
        if (unknown is not null) return new("teams", $"names unknown team '{unknown}'");
        if (WebhookRefusal(agent.TeamsWebhookUrl, webhooks) is { } agentWebhook) return new("teamsWebhookUrl", agentWebhook);
        return null;
    }

    public static RoutingError? Rules(IReadOnlyList<RoutingRule>? rules, IReadOnlyCollection<string> knownTeams)
    {
        if (rules is not { Count: > 0 }) return new("rules", "needs at least one rule");
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule is null) return new($"rules[{i}]", "is empty");
            if (string.IsNullOrWhiteSpace(rule.Name)) return new($"rules[{i}].name", "is required");
            if (string.IsNullOrWhiteSpace(rule.Team) || !knownTeams.Contains(rule.Team)) return new($"rules[{i}].team", $"names unknown team '{rule.Team}'");
            var badIntent = rule.When?.Intents?.FirstOrDefault(v => !WireNames.Intents.Contains(v));
            if (badIntent is not null) return new($"rules[{i}].when.intents", $"has unknown intent '{badIntent}'");
            var badSentiment = rule.When?.Sentiments?.FirstOrDefault(v => !WireNames.Sentiments.Contains(v));
            if (badSentiment is not null) return new($"rules[{i}].when.sentiments", $"has unknown sentiment '{badSentiment}'");
        }
        return null;
    }

    private static string? WebhookRefusal(string? url, Notifications.TeamsWebhookUrlPolicy webhooks) => url is null ? null : webhooks.Refusal(url);

    private static bool IsEmail(string? email) =>
        email is null || (MailAddress.TryCreate(email, out var a) && a.Address == email.Trim() && a.Host.Contains('.', StringComparison.Ordinal));
}
