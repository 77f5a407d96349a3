namespace SocialCare.Core.Hours;

/// <summary>An item of <c>GET /api/schedules/{channelId}/preview</c>: <c>{"kind","at","text"}</c>.</summary>
public sealed record AnnouncementPreview(AnnouncementKind Kind, DateTimeOffset At, string Text);
