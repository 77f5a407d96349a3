using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// A WhatsApp Cloud API "messages" change: one event per inbound message (thread <c>dm:&lt;wa_id&gt;</c>, the number to
/// answer); delivery statuses are skipped.
/// </summary>
internal static class WhatsAppChange
{
    public static void Collect(JsonElement value, MetaBatch batch)
    {
        var phoneNumberId = value.Obj("metadata")?.Str("phone_number_id")
            ?? throw new Webhooks.WebhookFormatException("'metadata.phone_number_id' is missing");
        var names = value.Arr("contacts")
            .Where(c => c.ValueKind == JsonValueKind.Object && c.Str("wa_id") is not null)
            .ToDictionary(c => c.Str("wa_id")!, c => c.Obj("profile")?.Str("name"));
        batch.Skip(value.Arr("statuses").Count());
        foreach (var message in value.Arr("messages"))
        {
            if (message.ValueKind != JsonValueKind.Object) throw new Webhooks.WebhookFormatException("'messages' items are not objects");
            var type = message.Str("type");
            if (type is "reaction" or "unsupported" or "system")
            {
                batch.Skip();
                continue;
            }
            var from = message.RequiredStr("from");
            var id = message.RequiredStr("id");
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
                InReplyTo: message.Obj("context")?.Str("id")));
        }
    }

    private static string TextOf(JsonElement message, string? type) =>
        message.Obj("text")?.Str("body")
        ?? (type is not null ? message.Obj(type)?.Str("caption") : null)
        ?? (type is null ? "" : $"[{type}]");
}
