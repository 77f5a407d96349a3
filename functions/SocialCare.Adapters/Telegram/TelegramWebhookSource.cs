using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// Telegram Bot API updates: private messages, edits, channel posts, and group messages that mention or reply to the
/// bot. The event id is the update_id (an edit has its own update). Private threads are <c>dm:&lt;chat id&gt;</c>,
/// groups <c>chat:&lt;chat id&gt;</c>, channels <c>channel:&lt;chat id&gt;</c>: the tail is the chat_id to answer in.
/// </summary>
public sealed class TelegramWebhookSource(TelegramOptions options, TimeProvider time) : IWebhookSource
{
    public string Name => "telegram";

    public WebhookReply? Handshake(WebhookRequest request) => null;

    public WebhookVerdict Verify(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(options.SecretToken))
            return WebhookVerdict.Unauthorized("Telegram:SecretToken is not configured");
        var given = request.Header("X-Telegram-Bot-Api-Secret-Token");
        if (given is null) return WebhookVerdict.Unauthorized("X-Telegram-Bot-Api-Secret-Token is missing");
        return SignatureComparer.SecretMatches(given, options.SecretToken)
            ? WebhookVerdict.Valid
            : WebhookVerdict.Unauthorized("X-Telegram-Bot-Api-Secret-Token does not match");
    }

    public WebhookParseResult Parse(WebhookRequest request)
    {
        using var document = WebhookJson.Parse(request.Body);
        var root = document.RootElement;
        var updateId = root.RequiredLong("update_id");
        var (key, message, action, isChannel) =
            root.Obj("message") is { } m ? ("message", m, EventAction.Created, false)
            : root.Obj("edited_message") is { } em ? ("edited_message", em, EventAction.Edited, false)
            : root.Obj("channel_post") is { } cp ? ("channel_post", cp, EventAction.Created, true)
            : root.Obj("edited_channel_post") is { } ecp ? ("edited_channel_post", ecp, EventAction.Edited, true)
            : ("", (JsonElement?)null, EventAction.Created, false);
        if (message is null) return new WebhookParseResult([], Skipped: 1);
        var inbound = WebhookFormatException.Within(key, () => TelegramMessage.ToEvent(updateId, message.Value, action, isChannel, options, time.GetUtcNow()));
        return inbound is null ? new WebhookParseResult([], Skipped: 1) : new WebhookParseResult([inbound]);
    }
}
