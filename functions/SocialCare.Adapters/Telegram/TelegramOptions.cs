namespace SocialCare.Adapters.Telegram;

/// <summary>Settings section "Telegram".</summary>
public sealed record TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>Telegram:SecretToken, the secret_token given to setWebhook; sent back in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? SecretToken { get; init; }

    /// <summary>Telegram:BotUsername without '@': in groups only messages mentioning or replying to it are events.</summary>
    public string? BotUsername { get; init; }

    /// <summary>Telegram:BotToken "&lt;botId&gt;:&lt;secret&gt;": the bot id part names the channel, the whole token calls the Bot API.</summary>
    public string? BotToken { get; init; }

    /// <summary>Telegram:BotId, when no token is configured here.</summary>
    public long? BotId { get; init; }

    /// <summary>Telegram:ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; init; } = "https://api.telegram.org/";

    /// <summary>The bot's numeric id: <see cref="BotId"/>, else the part of <see cref="BotToken"/> before ':'.</summary>
    public long? ResolvedBotId =>
        BotId ?? (BotToken?.Split(':', 2)[0] is { } prefix && long.TryParse(prefix, out var id) ? id : null);
}
