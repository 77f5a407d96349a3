namespace SocialCare.Core.Announcements;

/// <summary>
/// How late a post may still go out (<c>Announcements:LatenessMinutes</c>, default 30) and how long a claim is
/// trusted before another instance treats it as crashed (<c>Announcements:LeaseMinutes</c>, default 5).
/// </summary>
public sealed record AnnouncementSettings(TimeSpan Lateness, TimeSpan Lease)
{
    public static AnnouncementSettings Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5));
}
