using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>
/// A community message (message_new, or message_reply sent by the community). Thread <c>dm:&lt;peer_id&gt;</c>. Its
/// attachments travel with it; a message of attachments only reads as their summary ("[image]").
/// </summary>
internal static class VkMessage
{
    public static InboundEvent ToEvent(long groupId, JsonElement message, string? eventId, bool fromBrand, DateTimeOffset now)
    {
        var id = message.Long("id") ?? 0;
        var peerId = message.RequiredLong("peer_id");
        var fromId = message.RequiredLong("from_id");
        var attachments = VkMedia.Of(message);
        var idText = id != 0 ? id.ToString(CultureInfo.InvariantCulture) : $"{peerId}_{message.RequiredLong("conversation_message_id")}";
        return new InboundEvent(
            EventId: EventIds.For("vk", eventId ?? $"message:{idText}"),
            Platform: "vk",
            ChannelId: $"vk:{groupId}",
            Kind: EventKind.DirectMessage,
            ConversationKey: $"dm:{peerId}",
            Author: new Author(fromId.ToString(CultureInfo.InvariantCulture), $"id{fromId}"),
            Text: EventIds.Clip(MediaRefs.TextOr(message.Str("text"), attachments)),
            Permalink: null,
            CreatedAt: message.UnixOrIso("date") ?? now,
            RawEventId: idText,
            FromBrand: fromBrand,
            InReplyTo: message.Obj("reply_message")?.Long("id")?.ToString(CultureInfo.InvariantCulture),
            Attachments: attachments);
    }
}
