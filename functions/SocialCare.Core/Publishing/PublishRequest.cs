namespace SocialCare.Core.Publishing;

/// <summary>
/// One outbound action on a channel. <see cref="InReplyTo"/> is the platform id of the comment/message/tweet answered,
/// or for hide/unhide/delete the object acted on. <see cref="TargetUserId"/> is the recipient of a DM (PSID, IGSID,
/// WhatsApp wa_id, X user id, Telegram chat id, VK peer id) or the user to block. <see cref="ConversationId"/> is the
/// conversation key (<c>dm:&lt;id&gt;</c>, <c>chat:&lt;id&gt;</c>, <c>post:&lt;id&gt;</c>...): publishers take the part after the
/// last ':' where they need the chat or post. <see cref="LastCustomerMessageAt"/> drives the Messenger/Instagram/WhatsApp
/// messaging windows. <see cref="Announcement"/> names the kind of announcement ("opening" | "closing") a post is.
/// <see cref="ConversationId"/> is our conversation id (shown in the outbox); <see cref="ThreadKey"/> the platform thread.
/// <see cref="OutboxId"/>, when set, is the outbox entry id to use instead of a fresh one, so a caller can later look up
/// exactly whether this request was published (the announcement timer derives it from its slot key).
/// </summary>
public sealed record PublishRequest(
    string ChannelId,
    PublishAction Action,
    string? Text,
    string? InReplyTo = null,
    string? TargetUserId = null,
    string? ConversationId = null,
    DateTimeOffset? LastCustomerMessageAt = null,
    string? Announcement = null,
    string? OutboxId = null,
    string? ThreadKey = null)
{
    /// <summary>The thread publishers answer in: <see cref="ThreadKey"/> (the conversation key, e.g. "dm:123" or "post:456") when given.</summary>
    public string? Thread => ThreadKey ?? ConversationId;
}
