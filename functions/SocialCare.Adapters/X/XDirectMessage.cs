using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.X;

/// <summary>
/// A <c>direct_message_events</c> item of type message_create. The thread is <c>dm:&lt;customer user id&gt;</c>
/// (the other party when the brand sent it), which is also the participant id to answer to. An attached photo or
/// video travels as its link.
/// </summary>
internal static class XDirectMessage
{
    public static InboundEvent? ToEvent(string brandId, JsonElement dm, JsonElement? users, DateTimeOffset now)
    {
        if (dm.ValueKind != JsonValueKind.Object) throw new WebhookFormatException("'direct_message_events' items are not objects");
        if (dm.Str("type") != "message_create") return null;
        var create = dm.Obj("message_create") ?? throw new WebhookFormatException("'message_create' is missing");
        var id = dm.RequiredId("id", IdShape.Numeric);
        var senderId = WebhookFormatException.Within("message_create", () => create.RequiredId("sender_id", IdShape.Numeric));
        var recipientId = WebhookFormatException.Within("message_create.target", () => create.Obj("target")?.Id("recipient_id", IdShape.Numeric)) ?? throw new WebhookFormatException("'message_create.target.recipient_id' is missing");
        var fromBrand = senderId == brandId;
        var sender = users?.Obj(senderId);
        var data = create.Obj("message_data");
        var attachments = data is { } d ? XMedia.OfDirectMessage(d) : null;
        return new InboundEvent(
            EventId: EventIds.For("x", id),
            Platform: "x",
            ChannelId: $"x:{brandId}",
            Kind: EventKind.DirectMessage,
            ConversationKey: $"dm:{(fromBrand ? recipientId : senderId)}",
            Author: new Author(senderId, sender?.Str("name") ?? sender?.Str("screen_name") ?? senderId, sender?.Long("followers_count")),
            Text: EventIds.Clip(MediaRefs.TextOr(data?.Str("text"), attachments)),
            Permalink: null,
            CreatedAt: dm.UnixMillis("created_timestamp") ?? now,
            RawEventId: id,
            FromBrand: fromBrand,
            Attachments: attachments);
    }
}
