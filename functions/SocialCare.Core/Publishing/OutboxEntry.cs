namespace SocialCare.Core.Publishing;

/// <summary>
/// One published, failed or recorded action: the audit log in production, the visible result in local runs.
/// <see cref="Status"/> is one of <see cref="OutboxStatus"/>; <see cref="Action"/> is the lowercase action name.
/// </summary>
public sealed record OutboxEntry(
    string Id,
    string ChannelId,
    string Action,
    string? Text,
    string? InReplyTo,
    string? ConversationId,
    DateTimeOffset At,
    string Status,
    string? Announcement,
    string? PlatformId,
    string? Error);

public static class OutboxStatus
{
    public const string Recorded = "recorded";
    public const string Published = "published";
    public const string Failed = "failed";
}
