namespace SocialCare.Adapters.Teams;

/// <summary>A card was not posted because its webhook URL breaks <see cref="Core.Notifications.TeamsWebhookUrlPolicy"/>. The message never holds the URL (its query is a secret).</summary>
public sealed class TeamsWebhookRefusedException(string message) : Exception(message);
