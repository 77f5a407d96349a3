using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Team;

/// <summary>
/// Counts from the inbox index (an owner's open list, a team's open and unassigned lists), up to
/// <see cref="MaxCounted"/> each, the open crisis episodes, and whether each scheduled channel is open now.
/// </summary>
public sealed class TeamReader(IConversationStore store, ITeamDirectory directory, ICrisisEpisodeStore crises, IScheduleStore schedules, TimeProvider time)
{
    public const int MaxCounted = 200;

    public async Task<TeamView> ReadAsync(WorkspaceUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var agents = await directory.ListAgentsAsync(null, cancellationToken);
        var teams = await directory.ListTeamsAsync(cancellationToken);
        var loads = await Task.WhenAll(agents.Select(async a =>
            new AgentLoad(a, (await ListAsync(InboxKeys.Scope(InboxKeys.Owner, a.Id, ConversationStatus.Open), cancellationToken)).Count)));
        var backlogs = await Task.WhenAll(teams.Select(async t =>
        {
            var open = await ListAsync(InboxKeys.Scope(InboxKeys.Team, t.Id, ConversationStatus.Open), cancellationToken);
            var unassigned = await ListAsync(InboxKeys.Scope(InboxKeys.Unassigned, t.Id, ConversationStatus.Open), cancellationToken);
            return new TeamBacklog(t.Id, open.Count, unassigned.Count, open.Count(c => InboxKeys.Due(c) is { } due && due <= now));
        }));
        var episodes = new List<Core.Crisis.CrisisEpisode>();
        foreach (var scope in await crises.ListOpenScopesAsync(cancellationToken))
        {
            if (await crises.GetOpenAsync(scope, cancellationToken) is { } open) episodes.Add(open.Value.Episode);
        }
        var channels = (await schedules.ListAsync(cancellationToken))
            .Select(s => new ChannelHours(s.ChannelId, Thread.ThreadReader.Zone(s.Schedule.TimeZone), new OpeningHours(s.Schedule).Status(now)))
            .OrderBy(c => c.ChannelId, StringComparer.Ordinal);
        return new TeamView(user, [.. loads.OrderByDescending(l => l.Agent.Online).ThenBy(l => l.Agent.Name, StringComparer.CurrentCulture)],
            [.. backlogs.OrderByDescending(b => b.Breaching).ThenByDescending(b => b.Unassigned)], episodes, [.. channels]);
    }

    private async Task<IReadOnlyList<Conversation>> ListAsync(string scope, CancellationToken cancellationToken) =>
        (await store.ListInboxAsync(scope, MaxCounted, null, cancellationToken)).Items;
}
