using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>A community message (message_new, or message_reply sent by the community). Thread <c>dm:&lt;peer_id&gt;</c>.</summary>
internal static class VkMessage
{
    public static InboundEvent ToEvent(long groupId, JsonElement message, string? eventId, bool fromBrand, DateTimeOffset now)
    {
        var id = message.Long("id") ?? 0;
        var peerId = message.RequiredLong("peer_id");
        var fromId = message.RequiredLong("from_id");
        var idText = id != 0 ? id.ToString(CultureInfo.InvariantCulture) : $"{peerId}_{message.RequiredLong("conversation_message_id")}";
        return new InboundEvent(
            EventId: EventIds.For("vk", eventId ?? $"message:{idText}"),
            Platform: "vk",
            ChannelId: $"vk:{groupId}",
            Kind: EventKind.DirectMessage,
            ConversationKey: $"dm:{peerId}",
            Author: new Author(fromId.ToString(CultureInfo.InvariantCulture), $"id{fromId}"),
            Text: EventIds.Clip(message.Str("text") ?? ""),
            Permalink: null,
            CreatedAt: message.UnixOrIso("date") ?? now,
            RawEventId: idText,
            FromBrand: fromBrand,
            InReplyTo: message.Obj("reply_message")?.Long("id")?.ToString(CultureInfo.InvariantCulture));
    }
}
