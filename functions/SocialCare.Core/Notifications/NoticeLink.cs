namespace SocialCare.Core.Notifications;

/// <summary>A one-click link: an Action.OpenUrl button on the card, a link in the email.</summary>
public sealed record NoticeLink(string Label, Uri Url)
{
    /// <summary>
    /// A platform's permalink as a link, only if it is an absolute https URL: it arrives in the webhook, so it may
    /// be <c>javascript:</c>, <c>file:</c> or plain http, and a button in a trusted card must not open those.
    /// </summary>
    public static Uri? PostUrl(string? permalink) =>
        Uri.TryCreate(permalink, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
}
