using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Functions.Routing;

/// <summary>The notify messages routing emits, with ids Notify dedupes on (a redelivery sends the same id).</summary>
public sealed class RoutingNotifications(IQueueSender queue)
{
    /// <summary><paramref name="cause"/>: the event whose arrival led to the assignment, quoted in the notice.</summary>
    public static NotifyMessage Assigned(string conversationId, string agentId, DateTimeOffset? assignedAt, string? traceParent = null, InboundEvent? cause = null) =>
        new(NotifyMessage.CurrentVersion, $"assigned:{conversationId}:{agentId}:{assignedAt?.UtcTicks ?? 0}", NotificationKind.Assigned, conversationId, cause?.EventId,
            Detail: agentId, TraceParent: traceParent, PlatformMessageId: cause?.RawEventId);

    /// <summary>
    /// What a recorded customer message is announced as: Assigned when recording it gave the conversation an owner,
    /// else NewMessage; null when nobody is told (the brand's own message, a rating on a resolved case).
    /// </summary>
    public static NotificationKind? KindFor(InboundEvent e, Conversation settled, Assignment? assigned) =>
        e.FromBrand || settled.Status == ConversationStatus.Resolved ? null
        : assigned is not null ? NotificationKind.Assigned
        : NotificationKind.NewMessage;

    public static NotifyMessage NewMessage(string conversationId, InboundEvent e, string? traceParent = null) =>
        new(NotifyMessage.CurrentVersion, $"new:{e.EventId}", NotificationKind.NewMessage, conversationId, e.EventId, TraceParent: traceParent, PlatformMessageId: e.RawEventId);

    public static NotifyMessage SlaBreach(string conversationId, string kind, string breachKey) =>
        new(NotifyMessage.CurrentVersion, $"sla:{conversationId}:{breachKey}", NotificationKind.SlaBreach, conversationId, Detail: kind);

    /// <summary>Enqueues Assigned for HTTP actions (queue functions use output bindings instead).</summary>
    public async Task SendAssignedAsync(IEnumerable<Assignment> assignments, IConversationStore store, CancellationToken cancellationToken)
    {
        foreach (var a in assignments)
        {
            var c = await store.GetAsync(a.ConversationId, cancellationToken);
            var message = Assigned(a.ConversationId, a.AgentId, c?.Value.AssignedAt);
            await queue.SendAsync(QueueNames.Notify, new OutgoingMessage(message.NotificationId, StorageJson.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage)), cancellationToken);
        }
    }
}
