using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Inbox;

/// <summary>
/// The rows of a view, sorted by the SLA clock due first (business time, set by the router), then priority. Each view
/// reads the inbox index lists it is made of (<see cref="InboxKeys"/>: an owner's, a team's, a team's unassigned, all),
/// already in that order, so a page costs a few partition reads however many conversations the brand has.
/// </summary>
public sealed class InboxLister(IConversationStore store, ITeamDirectory directory, TimeProvider time)
{
    public const int MaxRows = 50;
    private const int MaxRead = 1000;
    private static readonly TimeSpan ResolvedWindow = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<InboxRow>> ListAsync(WorkspaceUser user, InboxView view, InboxFilter filter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lists = await Task.WhenAll(Scopes(user, view, filter, now).Select(scope => ReadAsync(scope, user, view, filter, now, cancellationToken)));
        var agents = (await directory.ListAgentsAsync(null, cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var rows = lists.SelectMany(l => l)
            .DistinctBy(c => c.Id)
            .Select(c => new InboxRow(c, InboxKeys.Due(c), c.Assignee is { } a ? agents.GetValueOrDefault(a, a) : null));
        var ordered = view == InboxView.Resolved
            ? rows.OrderByDescending(r => r.Conversation.ResolvedAt)
            : rows.OrderBy(r => r.Due ?? DateTimeOffset.MaxValue).ThenBy(r => r.Conversation.Priority.Level).ThenByDescending(r => r.Conversation.LastMessageAt);
        return [.. ordered.Take(MaxRows)];
    }

    // One index list, page by page, until the view has its rows, the list ends, or (resolved, breaching) the rest is
    // outside the view: those lists are ordered by the very time the view cuts on.
    private async Task<List<Conversation>> ReadAsync(string scope, WorkspaceUser user, InboxView view, InboxFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new List<Conversation>();
        string? token = null;
        for (var read = 0; read < MaxRead && found.Count < MaxRows;)
        {
            var page = await store.ListInboxAsync(scope, MaxRows, token, cancellationToken);
            read += page.Items.Count;
            foreach (var c in page.Items)
            {
                if (view == InboxView.Resolved && c.ResolvedAt is { } at && now - at > ResolvedWindow) return found;
                if (view == InboxView.Breaching && (InboxKeys.Due(c) is not { } due || due > now)) return found;
                if (user.CanSee(c) && Matches(filter, c)) found.Add(c);
            }
            if (page.ContinuationToken is null) break;
            token = page.ContinuationToken;
        }
        return found;
    }

    private static IEnumerable<string> Scopes(WorkspaceUser user, InboxView view, InboxFilter filter, DateTimeOffset now)
    {
        var status = view switch
        {
            InboxView.Waiting => ConversationStatus.Waiting,
            InboxView.Resolved => ConversationStatus.Resolved,
            _ => ConversationStatus.Open,
        };
        IEnumerable<string> Lists(string kind, string? id) =>
            status == ConversationStatus.Resolved ? InboxKeys.ResolvedScopes(kind, id, now, ResolvedWindow) : [InboxKeys.Scope(kind, id, status)];

        var teams = filter.Team is { } only
            ? user.IsSupervisor || user.Agent.Teams.Contains(only, StringComparer.OrdinalIgnoreCase) ? [only] : []
            : user.Agent.Teams;
        if (view == InboxView.MyTeams) return teams.Select(t => InboxKeys.Scope(InboxKeys.Unassigned, t, status));
        // A supervisor's waiting and resolved lists are everyone's (or one team's); an agent's are their own cases,
        // as one owner carries a case from first message to resolution.
        if (user.IsSupervisor && view is not InboxView.Mine) return filter.Team is { } team ? Lists(InboxKeys.Team, team) : Lists(InboxKeys.All, null);
        return Lists(InboxKeys.Owner, user.Id);
    }

    private static bool Matches(InboxFilter f, Conversation c) =>
        (f.Platform is null || string.Equals(c.Platform, f.Platform, StringComparison.OrdinalIgnoreCase))
        && (f.Channel is null || string.Equals(c.ChannelId, f.Channel, StringComparison.OrdinalIgnoreCase))
        && (f.Team is null || string.Equals(c.Team, f.Team, StringComparison.OrdinalIgnoreCase))
        && (f.Language is null || string.Equals(c.Classification?.Language, f.Language, StringComparison.OrdinalIgnoreCase))
        && (f.Intent is null || string.Equals(Labels.Of(c.Classification?.Intent), f.Intent, StringComparison.OrdinalIgnoreCase))
        && (f.Search is null || c.Customer.Name.Contains(f.Search, StringComparison.CurrentCultureIgnoreCase));
}
