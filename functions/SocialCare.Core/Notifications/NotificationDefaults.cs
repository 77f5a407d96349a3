namespace SocialCare.Core.Notifications;

/// <summary>Where notices go when the directory says nothing: the default mailbox and Teams webhook, and team ids.</summary>
public sealed record NotificationDefaults(string Email, string? TeamsWebhookUrl, string DefaultTeam = "first-line", string CrisisTeam = "crisis");
