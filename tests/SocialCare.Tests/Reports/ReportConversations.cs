using SocialCare.Core.Conversations;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Reports;

/// <summary>
/// Four conversations on page-1 (open 08:00–20:00 Warsaw, the default): two resolved during hours on 23 Nov, one
/// after hours and unanswered past its due time, one older and still open.
/// </summary>
public static class ReportConversations
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Conversation> All { get; } =
    [
        Conversations.Complaint("r-a") with { CreatedAt = Day.AddHours(9), FirstResponseAt = Day.AddHours(9.5), ResolvedAt = Day.AddHours(11), Status = ConversationStatus.Resolved, Csat = 5, Sla = null },
        Conversations.Complaint("r-b") with { Platform = "x", CreatedAt = Day.AddHours(10), FirstResponseAt = Day.AddHours(11), ResolvedAt = Day.AddHours(14), Status = ConversationStatus.Resolved, Csat = 3, Sla = null },
        Conversations.Complaint("r-c") with { CreatedAt = Day.AddHours(20), Sla = new SlaClock(Day.AddHours(32), null, null) },
        Conversations.Complaint("r-d") with { CreatedAt = Day.AddDays(-3).AddHours(9), Sla = null },
    ];
}
