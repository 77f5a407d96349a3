using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Thread;

/// <summary>Who else has the conversation open, and the replies others sent since this page was drawn.</summary>
public sealed record CollisionView(string ConversationId, DateTimeOffset Since, IReadOnlyList<Presence> Others, IReadOnlyList<ConversationMessage> RepliedSince, TimeZoneInfo Zone)
{
    public string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The conversation page's heartbeat (every few seconds, from htmx): records that this agent has it open, and answers
/// with the colleagues seen in the last <see cref="Window"/> and any reply another agent sent since the page was drawn.
/// </summary>
public sealed class Collision(IPresenceStore presence, IConversationStore store, IScheduleStore schedules, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public async Task<CollisionView?> BeatAsync(WorkspaceUser user, string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null || !user.CanSee(found.Value)) return null;
        var now = time.GetUtcNow();
        await presence.SeenAsync(conversationId, new Presence(user.Id, user.Agent.Name, now), cancellationToken);
        var others = (await presence.ListAsync(conversationId, cancellationToken))
            .Where(p => p.AgentId != user.Id && now - p.At <= Window)
            .OrderBy(p => p.AgentName, StringComparer.CurrentCulture)
            .ToList();
        // Replies, sent or refused, by anyone else; the thread is read only when the case shows something new.
        IReadOnlyList<ConversationMessage> replied = [];
        if (found.Value.LastMessageAt > since || found.Value.LastResponseAt > since)
        {
            replied = [.. (await store.GetMessagesAsync(conversationId, cancellationToken))
                .Where(m => m.Direction == MessageDirection.Outbound && m.AgentId is { } author && author != user.Id && m.At > since)];
        }
        var zone = ThreadReader.Zone((await schedules.GetAsync(found.Value.ChannelId, cancellationToken))?.TimeZone);
        return new CollisionView(conversationId, since, others, replied, zone);
    }
}
