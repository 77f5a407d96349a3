using System.Text.RegularExpressions;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// The Bot API puts the whole bot token in the URL path (<c>/bot&lt;id&gt;:&lt;secret&gt;/sendMessage</c>), so every place
/// a request URL is written down (HttpClient logs, trace attributes such as url.full, span names) redacts it first.
/// </summary>
public static partial class TelegramBotToken
{
    public const string Redacted = "REDACTED";

    /// <summary><paramref name="text"/> with the secret part of every bot token in a URL replaced; the bot id stays.</summary>
    public static string Redact(string text) =>
        text.Contains("bot", StringComparison.OrdinalIgnoreCase) ? TokenInPath().Replace(text, "${prefix}" + Redacted) : text;

    public static string? Redact(Uri? uri) => uri is null ? null : Redact(uri.OriginalString);

    // "bot" at the start of a path segment, the numeric bot id, ':' (or its escape), then the secret up to the segment's end.
    [GeneratedRegex(@"(?<prefix>(^|/)bot[0-9]+(:|%3[Aa]))[^/?#\s]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TokenInPath();
}
