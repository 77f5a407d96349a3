namespace SocialCare.Core.Events;

/// <summary>
/// Something a customer attached, as the platform refers to it: a direct link where the payload carries one (Meta,
/// X, VK), and the platform's own id for it where fetching needs the channel's credentials (a WhatsApp media id, a
/// Telegram file_id). Bounded however it is built, read from a webhook, a queue or a table row: a link only when it is
/// absolute https (so a page can show it as it is), the name clipped and without control characters, the reference
/// only when it is shaped like an id; what does not fit is dropped, never cut into something else.
/// </summary>
public sealed record MediaRef(MediaKind Kind, string? Url = null, string? Name = null, string? PlatformRef = null)
{
    /// <summary>Longest link kept: platform CDN links run to a few hundred characters; a longer one is dropped, since a cut link leads nowhere.</summary>
    public const int MaxUrlLength = 1024;

    public const int MaxNameLength = 128;

    public const int MaxRefLength = 128;

    public string? Url { get; init; } = HttpsUrl(Url);

    public string? Name { get; init; } = CleanName(Name);

    public string? PlatformRef { get; init; } = CleanRef(PlatformRef);

    private static string? HttpsUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxUrlLength * 3) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return null;
        if (uri.Host.Length == 0 || uri.UserInfo.Length > 0) return null;
        var absolute = uri.AbsoluteUri;
        return absolute.Length <= MaxUrlLength ? absolute : null;
    }

    private static string? CleanName(string? name)
    {
        if (name is null) return null;
        var clipped = EventIds.Clip(name, MaxNameLength * 2);
        var clean = string.Create(clipped.Length, clipped, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }).Trim();
        return clean.Length == 0 ? null : EventIds.Clip(clean, MaxNameLength);
    }

    private static string? CleanRef(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || reference.Length > MaxRefLength || !char.IsAsciiLetterOrDigit(reference[0])) return null;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return null;
        }
        return reference;
    }
}
