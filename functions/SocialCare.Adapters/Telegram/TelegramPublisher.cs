using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// Telegram Bot API (<c>/bot&lt;token&gt;/&lt;method&gt;</c>): sendMessage to the chat (TargetUserId or the tail of the
/// conversation key) quoting <see cref="PublishRequest.InReplyTo"/> via reply_parameters; a post goes to the chat
/// named by ConversationId or by <c>Channels:telegram-&lt;botId&gt;:PostChatId</c> (e.g. "@brandchannel"); deleteMessage;
/// banChatMember. Telegram cannot hide messages.
/// </summary>
public sealed class TelegramPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time) : IPlatformPublisher
{
    private readonly PlatformHttp platform = new(http, time);

    public string Platform => "telegram";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no bot token for {request.ChannelId}"));
        var chat = request.Action == PublishAction.Post
            ? ChannelPublishers.TailOf(request.Thread) ?? credentials.Setting(request.ChannelId, "PostChatId")
            : request.Action == PublishAction.Block ? ChannelPublishers.TailOf(request.Thread) : request.TargetUserId ?? ChannelPublishers.TailOf(request.Thread);
        if (chat is null) return Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} on telegram needs the chat id (ConversationId, TargetUserId or PostChatId)"));
        JsonNode chatId = long.TryParse(chat, NumberStyles.Integer, CultureInfo.InvariantCulture, out var numeric) ? numeric : chat;
        switch (request.Action)
        {
            case PublishAction.Reply or PublishAction.Dm or PublishAction.Post:
                var body = new JsonObject { ["chat_id"] = chatId, ["text"] = request.Text };
                if (request.Action != PublishAction.Post && AsLong(request.InReplyTo) is { } quoted)
                    body["reply_parameters"] = new JsonObject { ["message_id"] = quoted, ["allow_sending_without_reply"] = true };
                return CallAsync(token, "sendMessage", body, cancellationToken);
            case PublishAction.Delete when AsLong(request.InReplyTo) is { } messageId:
                return CallAsync(token, "deleteMessage", new JsonObject { ["chat_id"] = chatId, ["message_id"] = messageId }, cancellationToken);
            case PublishAction.Block when AsLong(request.TargetUserId) is { } userId:
                return CallAsync(token, "banChatMember", new JsonObject { ["chat_id"] = chatId, ["user_id"] = userId }, cancellationToken);
            default:
                return Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} is not supported on telegram with these ids"));
        }
    }

    private async Task<PublishResult> CallAsync(string token, string method, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        var response = await platform.SendAsync(
            // "./" keeps "bot<id>:<secret>" from being read as a URI scheme.
            () => new HttpRequestMessage(HttpMethod.Post, new Uri($"./bot{token}/{method}", UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") },
            cancellationToken);
        var ok = response.Body is { ValueKind: JsonValueKind.Object } b && b.Bool("ok");
        if (response.IsSuccess && ok)
        {
            var result = response.Body!.Value.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Object ? r : (JsonElement?)null;
            return PublishResult.Published(result?.Str("message_id"), response.Status);
        }
        var description = response.Body is { ValueKind: JsonValueKind.Object } e ? e.Str("description") : null;
        var code = response.Body is { ValueKind: JsonValueKind.Object } c ? (int?)c.Long("error_code") : null;
        // The token is part of the path, so the error never quotes the request.
        return PublishResult.Failed(description ?? $"Telegram answered {response.Status}", code ?? response.Status, response.RetryAfter);
    }

    private static long? AsLong(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
