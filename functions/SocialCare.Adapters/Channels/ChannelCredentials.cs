using Microsoft.Extensions.Configuration;
using SocialCare.Adapters.Telegram;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Per-channel secrets from settings: <c>Channels:&lt;channel id with ':' replaced by '-'&gt;:AccessToken</c>, e.g.
/// <c>Channels:facebook-104598765432101:AccessToken</c> (a Page access token), <c>Channels:instagram-&lt;igId&gt;:AccessToken</c>,
/// <c>Channels:whatsapp-&lt;phoneNumberId&gt;:AccessToken</c> (system-user token), <c>Channels:x-&lt;userId&gt;:AccessToken</c>
/// (OAuth 2.0 user-context token with tweet.write, dm.write), <c>Channels:telegram-&lt;botId&gt;:AccessToken</c> (the bot
/// token; <c>Telegram:BotToken</c> is used when it belongs to that bot), <c>Channels:vk-&lt;groupId&gt;:AccessToken</c>
/// (community token). In Azure these are Key Vault references.
/// </summary>
public sealed class ChannelCredentials(IConfiguration configuration, TelegramOptions? telegram = null)
{
    public static string KeyOf(string channelId) => channelId.Replace(':', '-');

    public string? AccessToken(string channelId)
    {
        var token = Setting(channelId, "AccessToken");
        if (!string.IsNullOrEmpty(token)) return token;
        if (telegram?.BotToken is { Length: > 0 } botToken && channelId == $"telegram:{telegram.ResolvedBotId}")
            return botToken;
        return null;
    }

    /// <summary>Any other per-channel setting, e.g. <c>Channels:telegram-&lt;botId&gt;:PostChatId</c>.</summary>
    public string? Setting(string channelId, string name) =>
        configuration[$"Channels:{KeyOf(channelId)}:{name}"] is { Length: > 0 } value ? value : null;
}
