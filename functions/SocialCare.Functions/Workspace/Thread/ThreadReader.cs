using Microsoft.AspNetCore.Antiforgery;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Thread;

/// <summary>Reads what the conversation page shows; null when the case does not exist or the agent may not see it.</summary>
public sealed class ThreadReader(IConversationStore store, ITeamDirectory directory, IScheduleStore schedules, ISavedReplies saved, IAntiforgery antiforgery, TimeProvider time)
{
    public async Task<ThreadView?> ReadAsync(HttpContext http, WorkspaceUser user, string id, ThreadNotice? notice, string? draft, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(id, cancellationToken);
        if (found is null || !user.CanSee(found.Value)) return null;
        var c = found.Value;
        var messages = await store.GetMessagesAsync(id, cancellationToken);
        var earlier = await store.ListAsync(new ConversationQuery(ChannelId: c.ChannelId, CustomerId: c.Customer.Id, Limit: 20), cancellationToken);
        var agents = await directory.ListAgentsAsync(null, cancellationToken);
        var schedule = await schedules.GetAsync(c.ChannelId, cancellationToken);
        var teams = await directory.ListTeamsAsync(cancellationToken);
        // Suggestions are for whoever may answer, signed with their name.
        IReadOnlyList<Core.Replies.Suggestion> suggestions = user.CanAct(c)
            ? Core.Replies.ReplySuggester.For(c, messages, user.Agent.Name, schedule ?? ChannelSchedule.Default(), await saved.ListAsync(cancellationToken), time.GetUtcNow())
            : [];
        return new ThreadView(user, c, messages, [.. earlier.Items.Where(e => e.Id != c.Id).OrderByDescending(e => e.CreatedAt)], agents,
            Zone(schedule?.TimeZone), time.GetUtcNow(), antiforgery.GetAndStoreTokens(http), Guid.NewGuid().ToString("N"), notice, draft,
            [.. teams.Select(t => t.Id).Where(t => t != c.Team).Order(StringComparer.Ordinal)], suggestions);
    }

    /// <summary>The channel's time zone, in which the thread shows times.</summary>
    internal static TimeZoneInfo Zone(string? id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id ?? ChannelSchedule.DefaultTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
