namespace SocialCare.Core.Notifications;

/// <summary>A one-click link: an Action.OpenUrl button on the card, a link in the email.</summary>
public sealed record NoticeLink(string Label, Uri Url);
