namespace SocialCare.Core.Events;

/// <summary>
/// One thing a customer (or the brand itself) did on a platform, normalized from any webhook.
/// <see cref="EventId"/> is "platform:platform-event-id": the queue message id and the idempotency key everywhere.
/// <see cref="Attachments"/> are what the customer attached (at most <see cref="MediaRefs.MaxPerMessage"/>); a message
/// with no text of its own carries their summary ("[image]") as its text.
/// </summary>
public sealed record InboundEvent(
    string EventId,
    string Platform,
    string ChannelId,
    EventKind Kind,
    string ConversationKey,
    Author Author,
    string Text,
    string? Permalink,
    DateTimeOffset CreatedAt,
    string RawEventId,
    EventAction Action = EventAction.Created,
    bool FromBrand = false,
    string? InReplyTo = null,
    string? Source = null,
    IReadOnlyList<MediaRef>? Attachments = null)
{
    public IReadOnlyList<MediaRef>? Attachments { get; init; } = MediaRefs.Bound(Attachments);

    /// <summary>Longest text carried in a queue message; longer texts are cut, the platform keeps the original.</summary>
    public const int MaxTextLength = 8_000;
}

public sealed record Author(string Id, string Name, long? Followers = null)
{
    /// <summary>Longest display name carried and stored: a platform's own limits are far below it, a hostile body's are not.</summary>
    public const int MaxNameLength = 256;

    public string Name { get; init; } = EventIds.Clip(Name, MaxNameLength);
}
