namespace SocialCare.Core.Notifications;

/// <summary>
/// Collapses bursts: every new message of one conversation that arrives in the same clock minute shares one
/// notification id, so each target is told once per minute. The first message of the minute sends at once; the
/// notice links to the conversation, which shows every later message, so nothing is hidden — only not repeated.
/// The minute is taken from the message's own time, so a redelivery lands in the same window.
/// </summary>
public static class BurstWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    public static string NotificationId(string conversationId, DateTimeOffset messageAt) =>
        $"burst:{conversationId}:{messageAt.ToUnixTimeSeconds() / (long)Length.TotalSeconds}";
}
