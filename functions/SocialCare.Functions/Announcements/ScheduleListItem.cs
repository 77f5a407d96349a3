using SocialCare.Core.Hours;

namespace SocialCare.Functions.Announcements;

/// <summary>An item of <c>GET /api/schedules</c>.</summary>
public sealed record ScheduleListItem(string ChannelId, ChannelSchedule Schedule);
