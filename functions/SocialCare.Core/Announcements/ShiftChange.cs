using SocialCare.Core.Hours;
using SocialCare.Core.Messages;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Announcements;

/// <summary>
/// What an opening or closing post does to the people: at closing the channel's agents go offline and each who was
/// working (online, or owning open cases) is sent a hand-over summary; at opening the channel's agents are sent the
/// backlog digest. The channel's agents are those of the teams that take its cases. One notice per agent per
/// opening or closing instant, however many channels open or close then (Notify sends an id once).
/// </summary>
public sealed class ShiftChange(IRoutingDirectory directory, Ports.IConversationStore conversations)
{
    public async Task<IReadOnlyList<NotifyMessage>> AfterAsync(AnnouncementAttempt attempt, CancellationToken cancellationToken)
    {
        if (!attempt.IsOut || attempt.Kind is not { } kind || attempt.At is not { } at) return [];
        var agents = await ChannelAgentsAsync(attempt.ChannelId, cancellationToken);
        var stamp = at.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        var notices = new List<NotifyMessage>();
        foreach (var agent in agents)
        {
            if (kind == AnnouncementKind.Closing)
            {
                if (!agent.Online && !await OwnsOpenCasesAsync(agent.Id, cancellationToken)) continue;
                if (agent.Online) await directory.PutAgentAsync(agent with { Online = false }, cancellationToken);
                notices.Add(new NotifyMessage(NotifyMessage.CurrentVersion, $"handover:{agent.Id}:{stamp}", NotificationKind.ShiftHandover,
                    AgentId: agent.Id, ChannelId: attempt.ChannelId));
            }
            else
            {
                notices.Add(new NotifyMessage(NotifyMessage.CurrentVersion, $"digest:{agent.Id}:{stamp}", NotificationKind.ShiftDigest,
                    AgentId: agent.Id, ChannelId: attempt.ChannelId));
            }
        }
        return notices;
    }

    private async Task<bool> OwnsOpenCasesAsync(string agentId, CancellationToken cancellationToken)
    {
        foreach (var status in new[] { "open", "waiting" })
        {
            if ((await conversations.ListAsync(new Ports.ConversationQuery(Status: status, Assignee: agentId, Limit: 1), cancellationToken)).Items.Count > 0) return true;
        }
        return false;
    }

    private async Task<IReadOnlyList<Agent>> ChannelAgentsAsync(string channelId, CancellationToken cancellationToken)
    {
        var teams = (await directory.ListTeamsAsync(cancellationToken))
            .Where(t => t.Takes.Channels.Count == 0 || t.Takes.Channels.Contains(channelId, StringComparer.OrdinalIgnoreCase))
            .Select(t => t.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. (await directory.ListAgentsAsync(null, cancellationToken)).Where(a => a.Teams.Any(teams.Contains))];
    }
}
