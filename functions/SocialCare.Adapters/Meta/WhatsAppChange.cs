using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// A WhatsApp Cloud API "messages" change: one event per inbound message (thread <c>dm:&lt;wa_id&gt;</c>, the number to
/// answer); delivery statuses are skipped. Media arrive as ids (PlatformRef), never links: fetching needs the token.
/// </summary>
internal static class WhatsAppChange
{
    public static void Collect(JsonElement value, MetaBatch batch)
    {
        var phoneNumberId = WebhookFormatException.Within("metadata", () => value.Obj("metadata")?.Id("phone_number_id", IdShape.Numeric))
            ?? throw new WebhookFormatException("'metadata.phone_number_id' is missing");
        var names = value.Arr("contacts")
            .Where(c => c.ValueKind == JsonValueKind.Object && c.Str("wa_id") is not null)
            .DistinctBy(c => c.Str("wa_id"))
            .ToDictionary(c => c.Str("wa_id")!, c => c.Obj("profile")?.Str("name"));
        batch.Skip(value.Arr("statuses").Count());
        foreach (var (message, i) in value.Arr("messages").Select((m, i) => (m, i)))
            WebhookFormatException.Within($"messages[{i}]", () => AddMessage(phoneNumberId, names, message, batch));
    }

    private static void AddMessage(string phoneNumberId, Dictionary<string, string?> names, JsonElement message, MetaBatch batch)
    {
        if (message.ValueKind != JsonValueKind.Object) throw new WebhookFormatException("'messages' items are not objects");
        var type = message.Str("type");
        if (type is "reaction" or "unsupported" or "system")
        {
            batch.Skip();
            return;
        }
        var from = message.RequiredId("from", IdShape.Numeric);
        var id = message.RequiredId("id", IdShape.WhatsAppMessage);
        batch.Add(new InboundEvent(
            EventId: EventIds.For("whatsapp", id),
            Platform: "whatsapp",
            ChannelId: $"whatsapp:{phoneNumberId}",
            Kind: EventKind.DirectMessage,
            ConversationKey: $"dm:{from}",
            Author: new Author(from, names.GetValueOrDefault(from) ?? from),
            Text: EventIds.Clip(TextOf(message, type)),
            Permalink: null,
            CreatedAt: message.UnixOrIso("timestamp") ?? batch.Now,
            RawEventId: id,
            InReplyTo: WebhookFormatException.Within("context", () => message.Obj("context")?.Id("id", IdShape.WhatsAppMessage)),
            Attachments: MetaMedia.OfWhatsApp(message, type)));
    }

    private static string TextOf(JsonElement message, string? type) =>
        message.Obj("text")?.Str("body")
        ?? (type is not null ? message.Obj(type)?.Str("caption") : null)
        ?? (type is null ? "" : $"[{type}]");
}
