namespace SocialCare.Core.Notifications;

/// <summary>One notice, its idempotency id (after burst collapsing), and everyone it goes to.</summary>
public sealed record PlannedNotice(string NotificationId, Notice Notice, IReadOnlyList<NoticeTarget> Targets);
