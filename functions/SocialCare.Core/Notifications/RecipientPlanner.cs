using SocialCare.Core.Routing;

namespace SocialCare.Core.Notifications;

/// <summary>
/// Who gets a notice: an owner by their preference, a team through its channel (Teams webhook and mailbox).
/// Missing Teams webhooks fall back to the default one, and with neither Teams is skipped; email always has an
/// address (the team's, else the default mailbox).
/// </summary>
public sealed class RecipientPlanner(string defaultEmail, string? defaultTeamsWebhookUrl)
{
    /// <summary>The team channel: its Teams webhook (else the default) and its mailbox (else the default).</summary>
    public IReadOnlyList<NoticeTarget> TeamChannel(Team? team)
    {
        var targets = new List<NoticeTarget>();
        if (Webhook(team?.TeamsWebhookUrl) is { } url) targets.Add(NoticeTarget.Teams(url));
        targets.Add(NoticeTarget.Email(string.IsNullOrWhiteSpace(team?.Email) ? defaultEmail : team.Email));
        return targets;
    }

    /// <summary>
    /// The owner, by preference. Teams goes to the agent's own webhook, else the team's, else the default; an agent
    /// who wants Teams only but has no webhook anywhere gets email instead, so nobody is left out.
    /// </summary>
    public IReadOnlyList<NoticeTarget> Owner(Agent agent, Team? team)
    {
        var targets = new List<NoticeTarget>();
        var webhook = Webhook(agent.TeamsWebhookUrl) ?? Webhook(team?.TeamsWebhookUrl);
        if (agent.Notify is NotificationPreference.Teams or NotificationPreference.Both && webhook is not null) targets.Add(NoticeTarget.Teams(webhook));
        if (agent.Notify is NotificationPreference.Email or NotificationPreference.Both || targets.Count == 0) targets.Add(NoticeTarget.Email(agent.Email));
        return targets;
    }

    /// <summary>Several audiences at once (owner and team), each target once.</summary>
    public static IReadOnlyList<NoticeTarget> Union(params IReadOnlyList<NoticeTarget>[] audiences) =>
        [.. audiences.SelectMany(a => a).DistinctBy(t => t.Key)];

    private string? Webhook(string? own) =>
        !string.IsNullOrWhiteSpace(own) ? own : string.IsNullOrWhiteSpace(defaultTeamsWebhookUrl) ? null : defaultTeamsWebhookUrl;
}
