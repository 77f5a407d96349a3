using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// A Messenger or Instagram <c>messaging[]</c> item with a <c>message</c>: the customer's DM, or an echo of the
/// page's own message (FromBrand). Deliveries, reads, reactions and postbacks are skipped. The thread is
/// <c>dm:&lt;customer PSID/IGSID&gt;</c>, which is also the id to answer to. Attachments travel as links to Meta's CDN;
/// a message without text reads as the summary of its attachments' types ("[image]").
/// </summary>
internal static class MetaMessagingItem
{
    public static InboundEvent? ToEvent(string platform, string accountId, JsonElement item, DateTimeOffset entryTime)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new WebhookFormatException("'messaging' items are not objects");
        if (item.Obj("message") is not { } message) return null;
        if (message.Bool("is_deleted")) return null;
        var senderId = WebhookFormatException.Within("sender", () => item.Obj("sender")?.Id("id", IdShape.Numeric)) ?? throw new WebhookFormatException("'messaging[].sender.id' is missing");
        var recipientId = WebhookFormatException.Within("recipient", () => item.Obj("recipient")?.Id("id", IdShape.Numeric)) ?? throw new WebhookFormatException("'messaging[].recipient.id' is missing");
        var echo = message.Bool("is_echo") || senderId == accountId;
        var customerId = echo ? recipientId : senderId;
        var mid = WebhookFormatException.Within("message", () => message.RequiredId("mid", IdShape.MetaMessage));
        return new InboundEvent(
            EventId: EventIds.For(platform, mid),
            Platform: platform,
            ChannelId: $"{platform}:{accountId}",
            Kind: EventKind.DirectMessage,
            ConversationKey: $"dm:{customerId}",
            Author: new Author(senderId, senderId),
            Text: EventIds.Clip(message.Str("text") ?? AttachmentSummary(message)),
            Permalink: null,
            CreatedAt: item.UnixMillis("timestamp") ?? entryTime,
            RawEventId: mid,
            FromBrand: echo,
            InReplyTo: WebhookFormatException.Within("message.reply_to", () => message.Obj("reply_to")?.Id("mid", IdShape.MetaMessage)),
            Attachments: MetaMedia.OfMessage(message));
    }

    private static string AttachmentSummary(JsonElement message)
    {
        var types = message.Arr("attachments").Select(a => a.ValueKind == JsonValueKind.Object ? a.Str("type") : null)
            .Where(t => t is not null).ToList();
        return types.Count == 0 ? "" : $"[{string.Join(", ", types)}]";
    }
}
