using SocialCare.Core.Events;

namespace SocialCare.Core.Conversations;

/// <summary>
/// A message in a conversation. Id is the event id, which makes a redelivery a no-op. <see cref="Notice"/> is the
/// notification Route decided on when it recorded the event, stored in the same write so that a redelivery emits the
/// same kind (and so the same notification id) instead of deciding again from a state the first delivery changed.
/// A reply the platform refused is kept with its <see cref="DeliveryError"/>, so the agent sees it was not delivered.
/// <see cref="Attachments"/> are the customer's media as the event carried them; rows written before they existed read as null.
/// </summary>
public sealed record ConversationMessage(
    string Id,
    MessageDirection Direction,
    string Text,
    DateTimeOffset At,
    EventKind Kind,
    string AuthorId,
    string AuthorName,
    MessageState State = MessageState.Visible,
    string? PlatformMessageId = null,
    string? Permalink = null,
    string? AgentId = null,
    Messages.NotificationKind? Notice = null,
    string? DeliveryError = null,
    IReadOnlyList<MediaRef>? Attachments = null)
{
    public IReadOnlyList<MediaRef>? Attachments { get; init; } = MediaRefs.Bound(Attachments);

    /// <summary>A reply the platform did not take (its reason in <see cref="DeliveryError"/>): kept in the thread, never a response.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Undelivered => DeliveryError is not null;
}
