using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>
/// Turns a NotifyMessage into a notice and its audience, reading the current state (so a late delivery shows the
/// latest facts): new or reassigned conversations go to the owner by preference, unassigned ones to the team
/// channel; SLA breaches to owner and team channel; crises to the crisis team's channel; failed announcements to
/// the default team's channel; a shift's hand-over or backlog digest to the agent, by their preference.
/// </summary>
public sealed class NoticeComposer(
    IConversationStore conversations,
    ITeamDirectory directory,
    ICrisisEpisodes episodes,
    IActionLinks links,
    NotificationDefaults defaults,
    TimeProvider time)
{
    private readonly RecipientPlanner _planner = new(defaults.Email, defaults.TeamsWebhookUrl);

    public async Task<PlannedNotice> ComposeAsync(NotifyMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        NotificationKind.Crisis => await CrisisAsync(message, cancellationToken),
        NotificationKind.ShiftHandover or NotificationKind.ShiftDigest => await ShiftAsync(message, cancellationToken),
        NotificationKind.AnnouncementFailed => new PlannedNotice(
            message.NotificationId,
            AnnouncementFailedNotice.Build(message.Detail),
            _planner.TeamChannel(await directory.GetTeamAsync(defaults.DefaultTeam, cancellationToken))),
        _ => await ConversationAsync(message, cancellationToken),
    };

    private async Task<PlannedNotice> ConversationAsync(NotifyMessage message, CancellationToken cancellationToken)
    {
        var found = await conversations.GetAsync(message.ConversationId ?? "", cancellationToken)
            ?? throw new InvalidOperationException($"Conversation {message.ConversationId} for {message.NotificationId} does not exist.");
        var c = found.Value;
        var latest = await LatestAsync(message, c, cancellationToken);
        var team = await directory.GetTeamAsync(c.Team, cancellationToken);
        var owner = c.Assignee is { } agentId ? await directory.GetAgentAsync(agentId, cancellationToken) : null;

        var notice = ConversationNotice.Build(message.Kind, message.Detail, c, latest, owner?.Name, team?.TimeZone ?? Hours.ChannelSchedule.DefaultTimeZone, links);
        var teamChannel = _planner.TeamChannel(team);
        var targets = message.Kind switch
        {
            NotificationKind.SlaBreach => owner is null ? teamChannel : RecipientPlanner.Union(_planner.Owner(owner, team), teamChannel),
            _ => owner is null ? teamChannel : _planner.Owner(owner, team),
        };
        var id = message.Kind == NotificationKind.NewMessage && latest is not null
            ? BurstWindow.NotificationId(c.Id, latest.At)
            : message.NotificationId;
        return new PlannedNotice(id, notice, targets);
    }

    // The message the notice is about: read by its key when Route named it (one point read per notice); messages
    // written before the key travelled, and backlog assignments, read the whole conversation.
    private async Task<ConversationMessage?> LatestAsync(NotifyMessage message, Conversation c, CancellationToken cancellationToken)
    {
        if (message.PlatformMessageId is { } key && await conversations.GetMessageAsync(c, key, cancellationToken) is { } named) return named;
        var messages = await conversations.GetMessagesAsync(c.Id, cancellationToken);
        return messages.LastOrDefault(m => m.Id == message.EventId) ?? messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound) ?? messages.LastOrDefault();
    }

    private async Task<PlannedNotice> ShiftAsync(NotifyMessage message, CancellationToken cancellationToken)
    {
        var agent = await directory.GetAgentAsync(message.AgentId ?? "", cancellationToken)
            ?? throw new InvalidOperationException($"Agent {message.AgentId} for {message.NotificationId} does not exist.");
        var own = new List<Conversation>();
        foreach (var status in new[] { "open", "waiting" })
        {
            own.AddRange(await conversations.EnumerateAsync(new ConversationQuery(Status: status, Assignee: agent.Id, Limit: 200), cancellationToken).ToListAsync(cancellationToken));
        }
        var unassigned = new List<Conversation>();
        foreach (var teamId in agent.Teams)
        {
            unassigned.AddRange(await conversations.EnumerateAsync(new ConversationQuery(Status: "open", Team: teamId, Limit: 200), cancellationToken)
                .Where(c => c.Assignee is null).ToListAsync(cancellationToken));
        }
        var team = agent.Teams.Count > 0 ? await directory.GetTeamAsync(agent.Teams[0], cancellationToken) : null;
        var notice = ShiftNotice.Build(message.Kind == NotificationKind.ShiftHandover, agent, own, [.. unassigned.DistinctBy(c => c.Id)],
            time.GetUtcNow(), team?.TimeZone ?? Hours.ChannelSchedule.DefaultTimeZone, links);
        return new PlannedNotice(message.NotificationId, notice, _planner.Owner(agent, team));
    }

    private async Task<PlannedNotice> CrisisAsync(NotifyMessage message, CancellationToken cancellationToken)
    {
        var episode = await episodes.GetAsync(message.EpisodeId ?? "", cancellationToken)
            ?? throw new InvalidOperationException($"Crisis episode {message.EpisodeId} for {message.NotificationId} does not exist.");
        var team = await directory.GetTeamAsync(defaults.CrisisTeam, cancellationToken);
        var notice = CrisisNotice.Build(episode, team?.TimeZone ?? Hours.ChannelSchedule.DefaultTimeZone, links);
        return new PlannedNotice(message.NotificationId, notice, _planner.TeamChannel(team));
    }
}
