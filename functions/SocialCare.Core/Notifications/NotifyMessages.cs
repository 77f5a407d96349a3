using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Notifications;

/// <summary>The notify messages about conversations, with the ids Notify dedupes on (every copy of one change has the same id).</summary>
public static class NotifyMessages
{
    /// <summary>
    /// One per assignment: the id is the conversation, the agent and the time of assignment, so Route's copy, the
    /// action's copy and the outbox sweep's copy are one notice. <paramref name="cause"/>: the event whose arrival led
    /// to the assignment, quoted in the notice.
    /// </summary>
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

    public static OutgoingMessage ToOutgoing(NotifyMessage message) =>
        new(message.NotificationId, StorageJson.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage));
}
