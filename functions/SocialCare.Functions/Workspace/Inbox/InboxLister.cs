using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Inbox;

/// <summary>
/// The rows of a view, sorted by the SLA clock due first (business time, set by the router), then priority.
/// Reads the store's filtered list per team or owner: see the closing note of issue 15 for the index rows still owed.
/// </summary>
public sealed class InboxLister(IConversationStore store, ITeamDirectory directory, TimeProvider time)
{
    public const int MaxRows = 200;
    private static readonly TimeSpan ResolvedWindow = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<InboxRow>> ListAsync(WorkspaceUser user, InboxView view, InboxFilter filter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversations = new Dictionary<string, Conversation>(StringComparer.Ordinal);
        foreach (var query in Queries(user, view, filter))
        {
            await foreach (var c in store.EnumerateAsync(query, cancellationToken))
            {
                if (conversations.Count >= MaxRows * 4) break;
                conversations.TryAdd(c.Id, c);
            }
        }
        var agents = (await directory.ListAgentsAsync(null, cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        return [.. conversations.Values
            .Where(c => user.CanSee(c) && Fits(view, c, user, now) && Matches(filter, c))
            .Select(c => new InboxRow(c, InboxRow.DueOf(c), c.Assignee is { } a ? agents.GetValueOrDefault(a, a) : null))
            .OrderBy(r => r.Due ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Conversation.Priority.Level)
            .ThenByDescending(r => view == InboxView.Resolved ? r.Conversation.ResolvedAt : r.Conversation.LastMessageAt)
            .Take(MaxRows)];
    }

    private static IEnumerable<ConversationQuery> Queries(WorkspaceUser user, InboxView view, InboxFilter filter)
    {
        var status = view switch
        {
            InboxView.Waiting => "waiting",
            InboxView.Resolved => "resolved",
            _ => "open",
        };
        var query = new ConversationQuery(Status: status, Platform: filter.Platform, ChannelId: filter.Channel, Limit: 200);
        if (view == InboxView.Mine) return [query with { Assignee = user.Id }];
        if (user.IsSupervisor && view is not InboxView.MyTeams) return [filter.Team is null ? query : query with { Team = filter.Team }];
        var teams = filter.Team is null ? user.Agent.Teams : user.Agent.Teams.Where(t => string.Equals(t, filter.Team, StringComparison.OrdinalIgnoreCase));
        IEnumerable<ConversationQuery> queries = [.. teams.Select(t => query with { Team = t })];
        // What I own stays mine to see when it moved to another team.
        return view is InboxView.Waiting or InboxView.Resolved ? queries.Append(query with { Assignee = user.Id }) : queries;
    }

    private static bool Fits(InboxView view, Conversation c, WorkspaceUser user, DateTimeOffset now) => view switch
    {
        InboxView.Mine => c.Assignee == user.Id,
        InboxView.MyTeams => c.Assignee is null,
        InboxView.Resolved => c.ResolvedAt is { } at && now - at <= ResolvedWindow,
        InboxView.Breaching => InboxRow.DueOf(c) is { } due && due <= now,
        _ => true,
    };

    private static bool Matches(InboxFilter f, Conversation c) =>
        (f.Language is null || string.Equals(c.Classification?.Language, f.Language, StringComparison.OrdinalIgnoreCase))
        && (f.Intent is null || string.Equals(Labels.Of(c.Classification?.Intent), f.Intent, StringComparison.OrdinalIgnoreCase))
        && (f.Search is null || c.Customer.Name.Contains(f.Search, StringComparison.CurrentCultureIgnoreCase));
}
