using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// Turns one Telegram Message into an inbound event, or null when a group message is not for the bot. Its media travel
/// as file_ids; a message with nothing but media reads as their summary ("[image]").
/// </summary>
internal static class TelegramMessage
{
    public static InboundEvent? ToEvent(long updateId, JsonElement message, EventAction action, bool isChannel, TelegramOptions options, DateTimeOffset now)
    {
        var messageId = message.RequiredLong("message_id");
        var chat = message.Obj("chat") ?? throw new WebhookFormatException("'message.chat' is missing");
        var chatId = WebhookFormatException.Within("chat", () => chat.RequiredLong("id"));
        var chatType = chat.Str("type");
        var text = message.Str("text") ?? message.Str("caption") ?? "";
        var replyTo = message.Obj("reply_to_message");
        var botId = options.ResolvedBotId;

        EventKind kind;
        string conversationKey;
        if (isChannel || chatType == "channel")
        {
            kind = EventKind.Post;
            conversationKey = $"channel:{chatId}";
        }
        else if (chatType == "private")
        {
            kind = EventKind.DirectMessage;
            conversationKey = $"dm:{chatId}";
        }
        else
        {
            var repliesToBot = replyTo?.Obj("from") is { } replied
                && ((botId is not null && replied.Long("id") == botId) || IsBot(replied.Str("username"), options));
            var mentionsBot = !string.IsNullOrEmpty(options.BotUsername)
                && text.Contains('@' + options.BotUsername, StringComparison.OrdinalIgnoreCase);
            if (!repliesToBot && !mentionsBot) return null;
            kind = repliesToBot ? EventKind.Reply : EventKind.Mention;
            conversationKey = $"chat:{chatId}";
        }

        var from = message.Obj("from") ?? message.Obj("sender_chat");
        var authorId = from?.Long("id")?.ToString(CultureInfo.InvariantCulture) ?? chatId.ToString(CultureInfo.InvariantCulture);
        var createdAt = message.UnixOrIso(action == EventAction.Edited ? "edit_date" : "date") ?? message.UnixOrIso("date") ?? now;
        var chatUsername = chat.Str("username");
        var attachments = TelegramMedia.Of(message);
        return new InboundEvent(
            EventId: EventIds.For("telegram", updateId.ToString(CultureInfo.InvariantCulture)),
            Platform: "telegram",
            ChannelId: $"telegram:{botId?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}",
            Kind: kind,
            ConversationKey: conversationKey,
            Author: new Author(authorId, from is { } f ? NameOf(f) : authorId),
            Text: EventIds.Clip(MediaRefs.TextOr(text, attachments)),
            Permalink: chatUsername is null ? null : $"https://t.me/{chatUsername}/{messageId}",
            CreatedAt: createdAt,
            RawEventId: messageId.ToString(CultureInfo.InvariantCulture),
            Action: action,
            FromBrand: isChannel || (botId is not null && from?.Long("id") == botId),
            InReplyTo: replyTo?.Long("message_id")?.ToString(CultureInfo.InvariantCulture),
            Attachments: attachments);
    }

    private static bool IsBot(string? username, TelegramOptions options) =>
        username is not null && string.Equals(username, options.BotUsername, StringComparison.OrdinalIgnoreCase);

    private static string NameOf(JsonElement from)
    {
        var name = string.Join(' ', new[] { from.Str("first_name"), from.Str("last_name") }.Where(p => !string.IsNullOrEmpty(p)));
        if (name.Length > 0) return name;
        return from.Str("title") ?? from.Str("username") ?? from.Str("id") ?? "";
    }
}
